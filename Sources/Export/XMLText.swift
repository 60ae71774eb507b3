import Markup

/// Bank text into XML, in one place: escaped for text and attribute values, with characters XML
/// 1.0 cannot carry replaced, and identifiers cut to what every format accepts.
enum XMLText {
    /// Text or an attribute value: Markup's one escaper, after the control characters XML 1.0
    /// forbids are replaced by U+FFFD.
    static func escape(_ text: String) -> String {
        var allowed = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let ok = scalar == "\t" || scalar == "\n" || scalar == "\r"
                || (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value) || value >= 0x10000
            allowed.append(ok ? scalar : "\u{FFFD}")
        }
        return HTML.escape(String(allowed))
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
