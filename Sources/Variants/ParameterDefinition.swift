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

    /// The values a grid from `lower` to `upper` holds.
    static func grid(_ lower: Double, _ upper: Double, _ step: Double) -> [Double] {
        let count = Int(((upper - lower) / step + 1e-9).rounded(.down)) + 1
        return (0..<max(0, count)).map { (lower + Double($0) * step) .roundedToGrid }
    }
}

extension Double {
    /// Removes the float noise of grid arithmetic (0.1 * 3 → 0.3).
    var roundedToGrid: Double { (self * 1e9).rounded() / 1e9 }
}

