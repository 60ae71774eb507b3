/// Markdown from a bank file, with the place it starts so that later stages can point into the file.
public struct MarkdownText: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }

    public var isBlank: Bool { text.isAllWhitespace }

    /// Whether the text holds `[__`, the start of a cloze blank: found by its bytes, so that the
    /// many texts without one are never searched with a pattern.
    public var mayHoldBlanks: Bool {
        var bracket = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "[") { bracket = 1 } else if byte == UInt8(ascii: "_"), bracket > 0 {
                bracket += 1
                if bracket == 3 { return true }
            } else { bracket = 0 }
        }
        return false
    }
}
