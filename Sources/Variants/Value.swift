/// A parameter or a computed answer: a number, a vector, a matrix or a word.
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case vector([Double])
    /// Row-major, every row the same length.
    case matrix([[Double]])
    case text(String)

    public var number: Double? { if case .number(let x) = self { x } else { nil } }

    /// The numbers of a vector, or of a matrix row by row, or a number alone.
    public var numbers: [Double]? {
        switch self {
        case .number(let x): [x]
        case .vector(let v): v
        case .matrix(let m): m.flatMap { $0 }
        case .text: nil
        }
    }

    public var description: String { ValueFormat.default.format(self) }
}
