import Bank
import Foundation

/// `sitegen check --draws N` over a whole bank: every parametrized exercise drawn N times.
extension StressTest {
    /// What the draws of every parametrized exercise showed.
    public struct BankReport: Sendable {
        public var draws: Int
        /// One report per parametrized exercise, in the bank's order.
        public var exercises: [Report]
        /// How long the draws took, as the caller timed them (`SiteBuilder.drawMany`).
        public var seconds: Double = 0

        /// The exercises whose draws failed or printed NaN or infinite values.
        public var failed: [Report] { exercises.filter(\.hasFailed) }

        /// Every exercise's findings, in the bank's order.
        public var diagnostics: [Diagnostic] { exercises.flatMap(\.diagnostics) }

        /// "100 draws of 12 parametrized exercises in 1.20 s: all succeeded".
        public var summary: String {
            "\(String(counting: draws, "draw")) of \(String(counting: exercises.count, "parametrized exercise")) in "
                + "\(String(format: "%.2f", seconds)) s: "
                + (failed.isEmpty ? "all succeeded" : "\(failed.count) with failures or NaN/infinite values")
        }
    }

    /// Draws every parametrized exercise of `bank` `draws` times.
    public func run(_ bank: Bank, draws: Int) -> BankReport {
        BankReport(draws: draws, exercises: bank.exercises.filter(\.metadata.isParametrized).map { run($0, draws: draws) })
    }
}
