import Mustache

/// How the theme's `{{name}}` tags escape what they print: `<`, `>`, `&`, `"` and `'` become
/// `&lt;`, `&gt;`, `&amp;`, `&quot;` and `&#39;`, as swift-mustache's own HTML escaping writes them.
///
/// Two reasons not to leave it to swift-mustache. It walks the text a `Character` at a time and
/// looks each one up in a dictionary, which was a twentieth of a 10,000-page build for the few
/// hundred short texts each page prints. And it compares whole characters: a quote followed by a
/// combining mark (`"\u{301}`) is one `Character` that is not `"`, so it went out unescaped, and
/// a browser still ends an attribute at that quote. Here every byte is looked at, and a text with
/// nothing to escape is returned as it is.
public struct HTMLEscaping: MustacheContentType {
    /// The name the theme's templates select it by (`Theme` puts the pragma at the top of each).
    static let name = "SITEGEN_HTML"
    /// `{{% CONTENT_TYPE: SITEGEN_HTML}}` on a line of its own, which Mustache leaves out of the output.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    public func escapeText(_ text: String) -> String { Self.escaped(text) }

    /// A template of the program's own (not the theme's) that escapes this way; it must parse.
    public static func template(_ source: String) -> MustacheTemplate {
        registered
        return try! MustacheTemplate(string: pragma + source)
    }

    static func escaped(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: isEscaped) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if let replacement = replacement(for: byte) { escaped.append(contentsOf: replacement) } else { escaped.append(byte) }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    private static func replacement(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "<"): lessThan
        case UInt8(ascii: ">"): greaterThan
        case UInt8(ascii: "&"): ampersand
        case UInt8(ascii: "\""): quote
        case UInt8(ascii: "'"): apostrophe
        default: nil
        }
    }

    private static let lessThan = Array("&lt;".utf8), greaterThan = Array("&gt;".utf8), ampersand = Array("&amp;".utf8),
                       quote = Array("&quot;".utf8), apostrophe = Array("&#39;".utf8)

    /// Makes the content type known to swift-mustache, once, before any template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)
}
