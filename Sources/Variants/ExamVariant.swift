import Bank
import DeepLearning

/// One randomized form of an exam: its code, seed, fingerprint and filled-in exercises.
public struct ExamVariant: Sendable {
    public var code: String
    public var seed: UInt64
    public var fingerprint: String
    /// The exercises in the order this form prints them, with titles as the exam gives them.
    public var exercises: [ExerciseVariant]
    /// The answer space of each exercise's slot, in the same order.
    public var spaces: [AnswerSpaceSpec?]

    public var points: Points { exercises.map(\.exercise.points).sum() }
}

/// Makes the variants of an exam: draws pools, shuffles where asked, samples parameters, computes
/// and cross-checks every answer.
public struct VariantMaker: Sendable {
    public let bank: Bank
    /// The parameter spaces of the bank's exercises, read once.
    public var spaces: [String: ParameterSpace]
    /// What each exercise adds to a variant's fingerprint, by id and the title the exam gives it:
    /// the same text for every variant that holds the exercise.
    private let fingerprintContents = ResultMemo<[String], String>(limit: 4096)

    public init(bank: Bank, spaces: [String: ParameterSpace]) {
        self.bank = bank
        self.spaces = spaces
    }

    /// Reads the parameter space of every exercise of the bank; every problem is a diagnostic.
    public init(bank: Bank) throws(DiagnosticError) {
        var diagnostics: [Diagnostic] = []
        var spaces: [String: ParameterSpace] = [:]
        for exercise in bank.exercises {
            do { spaces[exercise.id] = try ParameterSpace(exercise) } catch { diagnostics += error.diagnostics }
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(stage: .compute, diagnostics: diagnostics) }
        self.init(bank: bank, spaces: spaces)
    }

    /// The seed of an exam: written in the file, or else derived from its id.
    public static func seed(of exam: ExamSpec, override: UInt64? = nil) -> UInt64 {
        override ?? exam.seed ?? stableHash("exam:\(exam.id)")
    }

    /// Variant number `index` (0 → A) of `exam`, drawn from `seed`.
    public func variant(_ index: Int, of exam: ExamSpec, seed: UInt64) throws(VariantError) -> ExamVariant {
        let code = VariantCode.code(index)
        let variantSeed = stableHash("\(seed)/\(code)")
        var rng = Xoshiro256StarStar(seed: variantSeed)
        var slots: [(exercise: Exercise, item: ExamItem)] = []
        var used: Set<String> = []
        for item in exam.items {
            var candidates = bank.candidates(for: item).filter { !used.contains($0.id) }
            if item.isPool { candidates = Shuffle.shuffled(candidates, using: &rng) }
            for exercise in candidates.prefix(item.pick) {
                used.insert(exercise.id)
                var titled = exercise
                if let title = item.title { titled.metadata.title = title }
                slots.append((titled, item))
            }
        }
        if exam.shuffle.exercises {
            let movable = slots.indices.filter { !slots[$0].item.fixed }
            let shuffled = Shuffle.shuffled(movable, using: &rng)
            let original = slots
            for (target, source) in zip(movable, shuffled) { slots[target] = original[source] }
        }
        var exercises: [ExerciseVariant] = []
        for (exercise, _) in slots {
            var variant: ExerciseVariant
            do { variant = try make(exercise, seed: variantSeed ^ stableHash(exercise.id)) } catch {
                var located = error
                located.variant = "variant \(code) of exam `\(exam.id)`"
                throw located
            }
            if exam.shuffle.parts { variant.exercise.parts = Self.shuffleParts(variant.exercise.parts, &rng) }
            exercises.append(variant)
        }
        let contents = slots.map { slot in
            fingerprintContents.value(for: [slot.exercise.id, slot.exercise.metadata.title]) { Fingerprint.content(of: slot.exercise) }
        }
        let fingerprint = Fingerprint.of(seed: seed, code: code, exam: exam, contents: contents)
        return ExamVariant(code: code, seed: variantSeed, fingerprint: fingerprint, exercises: exercises,
                           spaces: slots.map(\.item.space))
    }

    /// The exam as written: pools give their first candidates, parameters their defaults.
    public func asWritten(_ exercise: Exercise) throws(VariantError) -> ExerciseVariant {
        try make(exercise, seed: nil)
    }

    /// A variant of one exercise for `seed`, or as written when `seed` is nil.
    public func make(_ exercise: Exercise, seed: UInt64?) throws(VariantError) -> ExerciseVariant {
        guard let space = spaces[exercise.id], !space.isEmpty else {
            do {
                return ExerciseVariant(exercise: try ExerciseVariant.fill(exercise, nil, [:], seed: seed), parameters: [:], computed: [:])
            } catch {
                var located = error
                located.variant = seed.map { "the draw with seed \($0)" }
                throw located
            }
        }
        var variant: ExerciseVariant
        do { variant = try ExerciseVariant.make(exercise, space: space, seed: seed) } catch {
            var located = error
            located.variant = seed.map { "the draw with seed \($0)" }
            throw located
        }
        variant.exercise.metadata.title = exercise.metadata.title
        return variant
    }

    /// Parts in a new order, relettered (a), (b), … so the printed labels stay in sequence.
    static func shuffleParts(_ parts: [Part], _ rng: inout Xoshiro256StarStar) -> [Part] {
        Shuffle.shuffled(parts, using: &rng).enumerated().map { index, part in
            var part = part
            part.label = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index)))
            return part
        }
    }
}
