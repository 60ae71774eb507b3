import Foundation

/// An ATX heading line: `## text`.
struct Heading {
    var level: Int
    var text: String

    init?(_ line: Substring) {
        guard line.firstByteAfterSpaces == UInt8(ascii: "#") else { return nil }
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent)
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = rest.dropFirst(hashes)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        level = hashes
        text = after.trimmingSpacesAndTabs ?? String(after.trimmingCharacters(in: .whitespaces))
    }
}

/// An open fenced code block: ``` or ~~~, closed by a fence of the same kind at least as long.
struct Fence {
    var marker: Character
    var length: Int

    init?(opening line: Substring) {
        guard let lead = line.firstByteAfterSpaces, lead == UInt8(ascii: "`") || lead == UInt8(ascii: "~") else { return nil }
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4, let first = line.dropFirst(indent).first, first == "`" || first == "~" else { return nil }
        let run = line.dropFirst(indent).prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        if first == "`" && line.dropFirst(indent + run).contains("`") { return nil }
        marker = first
        length = run
    }

    func closes(with line: Substring) -> Bool {
        guard line.firstByteAfterSpaces == marker.asciiValue else { return false }
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == marker }.count
        return indent < 4 && run >= length && rest.dropFirst(run).allSatisfy(\.isWhitespace)
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs, when it is ASCII: there they are all
    /// of `CharacterSet.whitespaces` it holds. Nil for other text, which Foundation trims.
    var trimmingSpacesAndTabs: String? {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let blank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = utf8.firstIndex(where: { !blank($0) }), let last = utf8.lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The first byte that is not a space: a line that is no heading or fence is known by it
    /// without reading its characters.
    var firstByteAfterSpaces: UInt8? { utf8.first { $0 != 0x20 } }
}

/// `(a) [2 points] Optional title`; the word for points may be that of any shipped language
/// (`point(s)`, Dutch `punt(en)`, German `Punkt(e)`, French `point(s)`).
struct PartHeader {
    var label: String
    var points: Points
    var title: String?

    init?(_ text: String) {
        var line = LineScanner(text[...])
        guard line.take("("), let label = line.take(where: LineScanner.isLowercaseLetter), line.take(")"),
              line.skipWhitespace() > 0, let written = line.takePoints(),
              let points = Points(String(written)), points > .zero else { return nil }
        line.skipWhitespace()
        guard let rest = line.restOfLine else { return nil }
        self.label = String(label)
        self.points = points
        let title = rest.trimmingCharacters(in: .whitespaces)
        self.title = title.isEmpty ? nil : title
    }

    /// The label, and the points as written if there is a bracket, of a heading that does not parse:
    /// `(a)`, then maybe `[N points]` with anything but blanks for N.
    static func loose(_ text: String) -> (label: String, points: Substring?)? {
        var line = LineScanner(text[...])
        guard line.take("("), let label = line.take(where: LineScanner.isLowercaseLetter), line.take(")") else { return nil }
        var bracket = line
        let points = bracket.skipWhitespace() > 0 ? bracket.takePoints { scanner in scanner.takeRun { !$0.isWhitespace } } : nil
        return (String(label), points)
    }
}
