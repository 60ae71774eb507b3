/// Markdown from a bank file, with the place it starts so that later stages can point into the file.
public struct MarkdownText: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }

    public var isBlank: Bool { text.isAllWhitespace }
}
