/// A number of points, exact to the half point, so that totals add up without rounding.
public struct Points: Sendable, Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    /// The value in half points.
    public private(set) var halves: Int

    public init(halves: Int) { self.halves = halves }

    public init(_ whole: Int) { self.halves = whole * 2 }

    /// Parses "2", "1.5" or "0.5"; nil for anything that is not a whole or half number.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = Int(parts[0]), whole >= 0 else { return nil }
        switch parts.count {
        case 1: halves = whole * 2
        case 2 where parts[1] == "5": halves = whole * 2 + 1
        case 2 where parts[1] == "0": halves = whole * 2
        default: return nil
        }
    }

    public static let zero = Points(halves: 0)
    public static func + (a: Points, b: Points) -> Points { Points(halves: a.halves + b.halves) }
    public static func - (a: Points, b: Points) -> Points { Points(halves: a.halves - b.halves) }
    public static func < (a: Points, b: Points) -> Bool { a.halves < b.halves }

    public var value: Double { Double(halves) / 2 }

    public var description: String { halves % 2 == 0 ? "\(halves / 2)" : "\(halves / 2).5" }

    /// "1 point", "2 points", "1.5 points".
    public var spelledOut: String { "\(self) point\(halves == 2 ? "" : "s")" }
}

extension Sequence<Points> {
    public func sum() -> Points { reduce(.zero, +) }
}
