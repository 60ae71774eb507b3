import Bank
import Foundation

/// `sitegen check --draws N`: draws every parametrized exercise many times, as R/exams' stress
/// test does, and reports failures (among them options that print the same and wrong numbers
/// within the tolerance), repeated variants, degenerate values, each answer's spread and where
/// the correct options land.
public struct StressTest: Sendable {
    public var maker: VariantMaker

    public init(maker: VariantMaker) { self.maker = maker }

    /// What many draws of one exercise showed.
    public struct Report: Sendable {
        public var exerciseID: String
        /// The exercise file, where its findings point.
        public var location: SourceLocation
        public var draws: Int
        /// The distinct problems met, most frequent first, with how often each came up.
        public var failures: [Failure]
        /// How many different parameter sets the draws gave.
        public var distinctVariants: Int
        public var answers: [AnswerSpread]
        /// Where the correct option of the single-choice parts landed over the draws.
        public var positions = AnswerPositions()

        public var failureCount: Int { failures.map(\.count).reduce(0, +) }
        /// NaN or infinite values, which no answer key may print.
        public var hasNonFiniteValues: Bool { answers.contains { $0.nonFinite > 0 } }
        /// A draw failed or printed a value no key may print: `check --draws` fails.
        public var hasFailed: Bool { failureCount > 0 || hasNonFiniteValues }
    }

    /// One problem met by some of the draws, where the first such draw located it.
    public struct Failure: Sendable {
        public var message: String
        public var location: SourceLocation
        public var count: Int
    }

    /// The range of one computed value over all draws.
    public struct AnswerSpread: Sendable {
        public var name: String
        public var minimum = Double.infinity
        public var maximum = -Double.infinity
        public var distinct: Set<String> = []
        /// Draws where a number (or any entry of a vector) was exactly 0.
        public var zeros = 0
        public var nonFinite = 0
        /// Draws where the largest entry of a vector occurred twice (a tie for "which is largest").
        public var ties = 0
    }

    public func run(_ exercise: Exercise, draws: Int) -> Report {
        let results = Array(0..<draws).mapOnAllCores { [maker] index in
            Result { () throws(VariantError) in try maker.make(exercise, seed: stableHash("draw/\(exercise.id)/\(index + 1)")) }
        }
        var failures: [String: Failure] = [:]
        var parameterSets: Set<String> = []
        var spreads: [String: AnswerSpread] = [:]
        var positions = AnswerPositions()
        for result in results {
            switch result {
            case .failure(let error):
                failures[error.message, default: Failure(message: error.message, location: error.location, count: 0)].count += 1
            case .success(let variant):
                parameterSets.insert(variant.parameters.keys.sorted().map { "\($0)=\(variant.parameters[$0]!)" }.joined(separator: ";"))
                for answer in variant.answers { positions.add(answer) }
                for (name, value) in variant.computed {
                    var spread = spreads[name] ?? AnswerSpread(name: name)
                    Self.record(value, into: &spread)
                    spreads[name] = spread
                }
            }
        }
        return Report(exerciseID: exercise.id, location: exercise.location, draws: draws,
                      failures: failures.values.sorted { ($1.count, $0.message) < ($0.count, $1.message) },
                      distinctVariants: parameterSets.count, answers: spreads.values.sorted { $0.name < $1.name },
                      positions: positions)
    }

    static func record(_ value: Value, into spread: inout AnswerSpread) {
        spread.distinct.insert(value.description)
        guard let numbers = value.numbers else { return }
        if numbers.contains(where: { !$0.isFinite }) { spread.nonFinite += 1; return }
        if numbers.contains(0) { spread.zeros += 1 }
        if case .vector(let v) = value, v.count > 1, let top = v.max(), v.filter({ $0 == top }).count > 1 { spread.ties += 1 }
        for x in numbers {
            spread.minimum = min(spread.minimum, x)
            spread.maximum = max(spread.maximum, x)
        }
    }
}
