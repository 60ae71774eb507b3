/// A problem in a formula: where (1-based line and column within the formula) and what.
public struct MathWarning: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line within the formula text.
    public var line: Int
    /// 1-based column, in Characters, within that line.
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    init(at location: SourceLocation, _ message: String) {
        self.init(line: location.line, column: location.column, message: message)
    }

    public var description: String { "\(line):\(column): \(message)" }
}
