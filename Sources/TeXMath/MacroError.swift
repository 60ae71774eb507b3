/// A macro definition that could not be read: where (1-based line and column in the macro text) and why.
public struct MacroError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
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
