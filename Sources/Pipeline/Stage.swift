/// The named stages of a build, in order.
public enum Stage: String, Sendable, CaseIterable {
    case load, validate, compute, render, write

    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// "[2/5] validate".
    public var label: String { "[\(number)/\(Self.allCases.count)] \(rawValue)" }
}
