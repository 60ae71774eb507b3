/// Typographic fixes for text that comes from exam files rather than Markdown.
enum Typography {
    /// An en dash between the ends of a range of times or numbers: "8:45-11:45" → "8:45–11:45".
    static func ranges(_ text: String) -> String {
        text.replacing(/(\d)\s*-\s*(\d)/) { match in "\(match.1)–\(match.2)" }
    }
}
