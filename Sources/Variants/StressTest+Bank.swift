import Bank
import Foundation

/// `sitegen check --draws N` over a whole bank: every parametrized exercise drawn N times.
extension StressTest {
    /// What the draws of every parametrized exercise showed.
    public struct BankReport: Sendable {
        public var draws: Int
        /// One report per parametrized exercise, in the bank's order.
        public var exercises: [Report]
        /// Where the correct options land over the variants of each exam that has choice parts.
        public var exams: [ExamPositions] = []
        /// How long the draws took, as the caller timed them (`SiteBuilder.drawMany`).
        public var seconds: Double = 0

        /// The exercises whose draws failed or printed NaN or infinite values.
        public var failed: [Report] { exercises.filter(\.hasFailed) }

        /// Every exercise's findings, in the bank's order.
        public var diagnostics: [Diagnostic] { exercises.flatMap(\.diagnostics) + exams.compactMap(\.diagnostic) }

        /// "100 draws of 12 parametrized exercises in 1.20 s: all succeeded".
        public var summary: String {
            "\(String(counting: draws, "draw")) of \(String(counting: exercises.count, "parametrized exercise")) in "
                + "\(String(format: "%.2f", seconds)) s: "
                + (failed.isEmpty ? "all succeeded" : "\(failed.count) with failures or NaN/infinite values")
        }
    }

    /// The correct options' positions over every variant of one exam.
    public struct ExamPositions: Sendable {
        public var examID: String
        public var location: SourceLocation
        public var variants: Int
        public var positions: AnswerPositions

        /// "dl-quiz-2026: 30 variants, correct option at: A 41 · B 39 …".
        public var line: String { "exam \(examID): \(String(counting: variants, "variant")), correct option at: \(positions.summary)" }

        var diagnostic: Diagnostic? {
            positions.isSkewed ? .warning(at: location, "the correct options of exam `\(examID)` land unevenly over its variants: \(positions.summary)") : nil
        }
    }

    /// Draws every parametrized or machine-gradable exercise of `bank` `draws` times, and makes
    /// every exam's variants to count where their correct options land.
    public func run(_ bank: Bank, draws: Int) -> BankReport {
        let drawn = bank.exercises.filter { $0.metadata.isParametrized || $0.parts.contains { $0.kind != .open } }
        return BankReport(draws: draws, exercises: drawn.map { run($0, draws: draws) }, exams: bank.exams.compactMap(positions))
    }

    /// Where the correct options land over the exam's variants, if it has variants with choices.
    func positions(_ exam: ExamSpec) -> ExamPositions? {
        let count = exam.variants ?? 0
        guard count > 0 else { return nil }
        let seed = VariantMaker.seed(of: exam)
        var positions = AnswerPositions()
        for index in 0..<count {
            guard let variant = try? maker.variant(index, of: exam, seed: seed) else { continue }
            for exercise in variant.exercises { for answer in exercise.answers { positions.add(answer) } }
        }
        return positions.count > 0 ? ExamPositions(examID: exam.id, location: exam.location, variants: count, positions: positions) : nil
    }
}
