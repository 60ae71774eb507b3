/// Bank text into XML, in one place: escaped for text and attribute values, with characters XML
/// 1.0 cannot carry replaced, and identifiers cut to what every format accepts.
enum XMLText {
    /// Text or an attribute value: `&`, `<`, `>`, `"` and `'` as entities; control characters
    /// that XML 1.0 forbids as U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value) || value >= 0x10000
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// An identifier valid as an XML name (NCName) in QTI and as an ident in Canvas: letters,
    /// digits, `-`, `_` and `.`, starting with a letter; anything else becomes `_`.
    static func identifier(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let isASCIILetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isDigit = ("0"..."9").contains(scalar)
            out.unicodeScalars.append(isASCIILetter || isDigit || scalar == "-" || scalar == "_" || scalar == "." ? scalar : "_")
        }
        if let first = out.unicodeScalars.first, !(("a"..."z").contains(first) || ("A"..."Z").contains(first)) {
            out = "x" + out
        }
        return out.isEmpty ? "x" : out
    }
}
