import Bank
import Foundation

/// A numeric answer in words, as the key prints it: "7", "0.25 ± 0.01", "0.25 ± 2%",
/// "0.693 (3 significant figures)" — the tolerance always stated, in the course's language.
enum ToleranceText {
    static func value(_ numeric: NumericAnswer, labels: Labels) -> String {
        let value = numeric.value.text
        guard let words = words(numeric.tolerance, labels: labels) else { return value }
        if case .significantFigures = numeric.tolerance { return "\(value) (\(words))" }
        return "\(value) \(words)"
    }

    /// The tolerance alone: "± 0.01", "± 2%", "3 significant figures"; nil for an exact value.
    static func words(_ tolerance: Tolerance, labels: Labels) -> String? {
        switch tolerance {
        case .absolute(let width): width == 0 ? nil : "± \(number(width))"
        case .relative(let fraction): "± \(number(fraction * 100))%"
        case .significantFigures(let figures): labels["significantFigures"].filling(["n": String(figures)])
        }
    }

    /// `x` to ten significant figures, without trailing zeros: 0.01, 2, 0.5.
    static func number(_ x: Double) -> String { String(format: "%.10g", x) }
}
