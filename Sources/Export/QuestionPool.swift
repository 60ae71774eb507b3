import Bank
import Variants

/// The variants of one exercise that an LMS draws from, one per student: the category (Moodle),
/// the section with a selection (QTI) or the question group picking one (Canvas).
public struct QuestionPool: Sendable {
    /// One variant: the exercise with its numbers filled in, named by code and fingerprint.
    public struct Variant: Sendable {
        public var code: String
        public var fingerprint: String
        public var exercise: Exercise

        /// "cnn-2019 B 3fa9c2d1": what the LMS lists the question as.
        public var name: String { "\(exercise.id) \(code) \(fingerprint)" }
        /// An identifier for XML: letters, digits, `-`, `_` and `.` only, starting with a letter.
        public var identifier: String { XMLText.identifier("\(exercise.id)-\(code)") }
    }

    /// The exercise as the bank has it (title as the exam gives it).
    public var exercise: Exercise
    /// At least one; an exercise without parameters has exactly one, since its variants would be equal.
    public var variants: [Variant]

    public var points: Points { exercise.points }
    public var identifier: String { XMLText.identifier(exercise.id) }

    /// The pools of every exercise of `selection`, each with `count` variants (A, B, …) drawn from
    /// `seed`. An exam's pools hold the numbers of its printed variants: variant B of an exercise
    /// is the one variant B of the exam prints (before any shuffle of parts).
    public static func pools(_ selection: ExportSelection, maker: VariantMaker, count: Int,
                             seed: UInt64?) throws(DiagnosticError) -> [QuestionPool] {
        let baseSeed = selection.exam.map { VariantMaker.seed(of: $0, override: seed) }
            ?? seed ?? stableHash("export:\(selection.name)")
        var pools: [QuestionPool] = []
        var diagnostics: [Diagnostic] = []
        for exercise in selection.exercises {
            var variants: [Variant] = []
            for index in 0..<max(1, count) {
                let code = VariantCode.code(index)
                let variantSeed = stableHash("\(baseSeed)/\(code)")
                do {
                    var filled = try maker.make(exercise, seed: variantSeed ^ stableHash(exercise.id)).exercise
                    filled.metadata.title = exercise.title
                    // Equal variants (an exercise without parameters) would only repeat the question.
                    if variants.contains(where: { $0.exercise == filled }) { continue }
                    let fingerprint = Fingerprint.of(seed: baseSeed, code: code, exercise: exercise)
                    variants.append(Variant(code: code, fingerprint: fingerprint, exercise: filled))
                } catch {
                    diagnostics.append(error.diagnostic)
                    break
                }
            }
            pools.append(QuestionPool(exercise: exercise, variants: variants))
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(stage: .compute, diagnostics: diagnostics) }
        return pools
    }
}
