/// Escaping for HTML and XML (the inline SVG of figures too), in one place: `&`, `<`, `>` and `"`,
/// so that the result is safe as element content and as a double-quoted attribute value.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // Scalar by scalar: a combining mark after `&` or `<` makes one Character with it, which a
        // Character switch would let through unescaped.
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
