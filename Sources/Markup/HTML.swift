/// Escaping for HTML and XML (the inline SVG of figures too), in one place: `&`, `<`, `>` and `"`,
/// so that the result is safe as element content and as a double-quoted attribute value.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
