/// The front matter most exercises have, read without building a YAML tree: one `key: value` line
/// per key of `id`, `title`, `topic`, `tags`, `visibility`, `solutions` and `source`, each value a
/// plain word or phrase, a quoted text without escapes, or (for `tags`) a flow list `[a, b]` of
/// those. Yams took four fifths of loading such a file.
///
/// Anything else — another key, a blank or indented line, a block list, an escape, a comment, a
/// value YAML reads as a number, a boolean or null, a value that breaks a rule of the bank — makes
/// `read` return nil, and the front matter goes through `YAMLSource` as before, which also reports
/// every mistake with its place. So what this reader accepts decodes to the value and key
/// locations Yams gives (`SimpleFrontMatterTests` compares the two), and nothing is less strict.
enum SimpleFrontMatter {
    /// The metadata and key locations of `text` (the lines between the `---` lines, the first of
    /// them on file line `firstLine`), or nil when the text is not of the simple form.
    static func read(_ text: String, file: String, firstLine: Int) -> (ExerciseMetadata, KeyLocations)? {
        var values: [String: Value] = [:]
        var locations: [String: SourceLocation] = [:]
        for (offset, line) in text.lineSlices.enumerated() {
            let number = firstLine + offset
            guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")),
                  line[..<colon].utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) else { return nil }
            let key = String(line[..<colon])
            let rest = line[line.utf8.index(after: colon)...]
            guard keys.contains(key), values[key] == nil, rest.utf8.first == UInt8(ascii: " ") else { return nil }
            let written = rest.drop { $0 == " " }
            let column = 1 + line.utf8.distance(from: line.startIndex, to: written.startIndex)
            guard let value = Value(written, key: key, column: column) else { return nil }
            values[key] = value
            locations[key] = SourceLocation(file: file, line: number, column: 1)
            if case .list(let items) = value {
                for (index, item) in items.enumerated() {
                    locations["\(key)[\(index)]"] = SourceLocation(file: file, line: number, column: item.column)
                }
            }
        }
        guard let metadata = ExerciseMetadata(values) else { return nil }
        return (metadata, KeyLocations(file: file, locations: locations))
    }

    private static let keys: Set<String> = ["id", "title", "topic", "tags", "visibility", "solutions", "source"]

    /// A value of the simple form.
    enum Value {
        case text(String)
        case list([(text: String, column: Int)])

        /// `written` is the value after `key: `, starting at `column`; nil when it is not of the simple form.
        init?(_ written: Substring, key: String, column: Int) {
            if key == "tags" {
                guard written.first == "[", written.last == "]" else { return nil }
                let inside = written.dropFirst().dropLast()
                guard !inside.allSatisfy({ $0 == " " }) else { self = .list([]); return }
                var items: [(String, Int)] = []
                for piece in inside.split(separator: ",", omittingEmptySubsequences: false) {
                    var item = piece.drop { $0 == " " }
                    while item.last == " " { item = item.dropLast() }
                    guard let text = Self.scalar(String(item), inFlow: true) else { return nil }
                    items.append((text, column + written.utf8.distance(from: written.startIndex, to: item.startIndex)))
                }
                self = .list(items)
            } else {
                guard let text = Self.scalar(String(written), inFlow: false) else { return nil }
                self = .text(text)
            }
        }

        /// The text of a quoted scalar without escapes, or of a plain one that YAML reads as text.
        static func scalar(_ written: String, inFlow: Bool) -> String? {
            written.utf8.allSatisfy({ $0 < 0x80 }) ? asciiScalar(written, inFlow: inFlow) : characterScalar(written, inFlow: inFlow)
        }

        /// `scalar` read character by character, for any text.
        static func characterScalar(_ written: String, inFlow: Bool) -> String? {
            guard let first = written.first, let last = written.last else { return nil }
            if written.count >= 2, first == "\"" || first == "'", last == first {
                let inside = written.dropFirst().dropLast()
                guard !inside.contains(first), !(first == "\"" && inside.contains("\\")) else { return nil }
                return String(inside)
            }
            // Plain: starts with a letter (so never a number, a date or null), printable ASCII
            // without `:` and `#` (a key or a comment) or brackets, no commas or quotes inside a
            // list, not a boolean.
            guard first.isASCII, first.isLetter, last != " ", written.utf8.allSatisfy({ (0x20...0x7E).contains($0) }),
                  !written.contains(where: { ":#[]{}".contains($0) }),
                  !inFlow || !written.contains(where: { ",\"'".contains($0) }),
                  !booleans.contains(written.lowercased()) else { return nil }
            return written
        }

        /// `scalar` for an ASCII value, whose characters are its bytes (a line holds no `\r\n`),
        /// decided byte by byte: the same rules without decoding a character.
        static func asciiScalar(_ written: String, inFlow: Bool) -> String? {
            let bytes = written.utf8
            guard let first = bytes.first, let last = bytes.last else { return nil }
            if bytes.count >= 2, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'"), last == first {
                let inside = bytes.dropFirst().dropLast()
                guard !inside.contains(first), !(first == UInt8(ascii: "\"") && inside.contains(UInt8(ascii: "\\"))) else { return nil }
                return String(written.dropFirst().dropLast())
            }
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first)
            guard isLetter, last != UInt8(ascii: " "), bytes.allSatisfy({ (0x20...0x7E).contains($0) }),
                  !bytes.contains(where: { plainExcluded.contains($0) }),
                  !inFlow || !bytes.contains(where: { flowExcluded.contains($0) }),
                  !booleans.contains(written.lowercased()) else { return nil }
            return written
        }

        private static let plainExcluded = Array(":#[]{}".utf8), flowExcluded = Array(",\"'".utf8)

        /// Plain words YAML 1.1 reads as booleans or null, in any case (the resolver knows three).
        static let booleans: Set<String> = ["yes", "no", "true", "false", "on", "off", "null", "y", "n"]
    }
}

extension ExerciseMetadata {
    /// The metadata of a simple front matter, with the rules `init(from:)` applies; nil when a
    /// required key is missing or a value breaks a rule (then `YAMLSource` says which).
    fileprivate init?(_ values: [String: SimpleFrontMatter.Value]) {
        func text(_ key: String) -> String?? {
            switch values[key] {
            case nil: .some(nil)
            case .text(let text)?: .some(text)
            case .list?: nil
            }
        }
        guard case let id?? = text("id"), Slug.isValid(id), case let title?? = text("title"),
              case let topic?? = text("topic"), Slug.isValid(topic),
              case let visibility? = text("visibility"), case let solutions? = text("solutions"), case let source? = text("source")
        else { return nil }
        var tags: [String] = []
        switch values["tags"] {
        case nil: break
        case .list(let items)?: tags = items.map(\.text)
        case .text?: return nil
        }
        func choice(_ written: String?) -> Visibility?? {
            guard let written else { return .some(.public) }
            return Visibility(rawValue: written).map { .some($0) } ?? .none
        }
        guard case let shown?? = choice(visibility), case let answers?? = choice(solutions) else { return nil }
        self.init(id: id, title: title, topic: topic, tags: tags, visibility: shown, solutions: answers, source: source)
    }
}
