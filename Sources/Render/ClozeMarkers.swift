import Bank

/// The `[__name__]` blanks of a cloze question through Markdown: replaced by ⟦name⟧, brackets
/// that Markdown and escaping leave alone (math uses private-use characters), then by the box or value.
enum ClozeMarkers {
    static let open: Character = "⟦", close: Character = "⟧"

    /// The question with each `[__name__]` as a token.
    static func tokens(in text: MarkdownText) -> MarkdownText {
        guard text.mayHoldBlanks else { return text }
        var marked = text
        marked.text = text.text.replacing(/\[__([a-z][a-z0-9_]*)__\]/) { "\(open)\($0.1)\(close)" }
        return marked
    }

    /// The HTML with each token replaced by what `blank(name)` gives (HTML).
    static func fill(_ html: String, _ blank: (String) -> String) -> String {
        guard html.contains(open) else { return html }
        var output = ""
        var rest = Substring(html)
        while let start = rest.firstIndex(of: open), let end = rest[start...].firstIndex(of: close) {
            output += rest[..<start]
            output += blank(String(rest[rest.index(after: start)..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return output + rest
    }
}
