/// A formula found in Markdown: its TeX, whether it is displayed, and where it starts.
public struct MathSpan: Sendable, Hashable {
    public var tex: String
    public var display: Bool
    /// 1-based line and column of the formula's first TeX character within the Markdown text.
    public var line: Int
    public var column: Int
}

/// A problem found while rendering, located within the Markdown text that was rendered.
public struct MarkupWarning: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}
