/// A fenced block whose info string names a kind with its own renderer, such as ```figure.
public struct FencedBlock: Sendable, Hashable {
    /// The first word of the info string.
    public var kind: String
    /// The lines between the fences.
    public var content: String
    /// The line of the opening fence within the Markdown text; content starts on the next line.
    public var line: Int

    /// Reads a whole fenced block, fences included.
    init?(_ text: String, line: Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let opening = lines.first else { return nil }
        let info = opening.drop { $0 == " " }.drop { $0 == "`" || $0 == "~" }
        guard let word = info.split(separator: " ").first else { return nil }
        kind = String(word)
        let body = lines.dropFirst()
        let closed = body.last.map { $0.drop { $0 == " " }.first == opening.drop { $0 == " " }.first } ?? false
        content = (closed ? body.dropLast() : body).joined(separator: "\n")
        self.line = line
    }
}

/// Renders the content of a fenced block of one kind into HTML.
public protocol BlockRenderer: Sendable {
    /// HTML for the block, and warnings located within its content (line 1 is the first content line).
    func render(_ content: String) -> (html: String, warnings: [MarkupWarning])
}
