import Bank

/// How one parameter is drawn, read from `parameters:` in an exercise's front matter.
public enum ParameterDefinition: Sendable, Hashable {
    /// One of the listed values; `labels` give each value a text for the question.
    case choose([Value], labels: [String: String])
    /// A whole number from `lower` to `upper` inclusive, in steps.
    case integer(lower: Double, upper: Double, step: Double)
    /// A real number from `lower` to `upper` inclusive, on a grid of `step`.
    case real(lower: Double, upper: Double, step: Double)
    /// A vector of `length` entries, each drawn from a grid.
    case vector(length: Int, lower: Double, upper: Double, step: Double)
    /// A matrix, each entry drawn from a grid.
    case matrix(rows: Int, columns: Int, lower: Double, upper: Double, step: Double)
    /// Always the same value.
    case fixed(Value)

    /// The most values a grid may hold: every index is exact in a Double.
    static let maximumGridSize = Double(1 << 53)

    /// How many values the grid `lower, lower + step, …, upper` holds; counted, never listed.
    static func gridSize(_ lower: Double, _ upper: Double, _ step: Double) -> Double {
        ((upper - lower) / step + 1e-9).rounded(.down) + 1
    }

    /// The grid's value number `index`.
    static func gridValue(_ lower: Double, _ step: Double, _ index: UInt64) -> Double {
        (lower + Double(index) * step).roundedToGrid
    }

    /// Whether `x` is one of the grid's values.
    static func gridContains(_ lower: Double, _ upper: Double, _ step: Double, _ x: Double) -> Bool {
        let index = ((x - lower) / step).rounded()
        return index >= 0 && index < gridSize(lower, upper, step) && gridValue(lower, step, UInt64(index)) == x.roundedToGrid
    }
}

extension Double {
    /// Removes the float noise of grid arithmetic (0.1 * 3 → 0.3).
    var roundedToGrid: Double { (self * 1e9).rounded() / 1e9 }
}
