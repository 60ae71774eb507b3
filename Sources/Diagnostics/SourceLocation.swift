/// A place in a file: path relative to where the build was started, 1-based line and column; line 0
/// for the file as a whole (a built page with a broken link).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The file as a whole.
    public init(file: String) {
        self.init(file: file, line: 0, column: 0)
    }

    public var description: String { line == 0 ? file : "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
