import Foundation

/// An ATX heading line: `## text`.
struct Heading {
    var level: Int
    var text: String

    init?(_ line: Substring) {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4 else { return nil }
        let rest = line.dropFirst(indent)
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = rest.dropFirst(hashes)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        level = hashes
        text = String(after.trimmingCharacters(in: .whitespaces))
    }
}

/// An open fenced code block: ``` or ~~~, closed by a fence of the same kind at least as long.
struct Fence {
    var marker: Character
    var length: Int

    init?(opening line: Substring) {
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4, let first = line.dropFirst(indent).first, first == "`" || first == "~" else { return nil }
        let run = line.dropFirst(indent).prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        if first == "`" && line.dropFirst(indent + run).contains("`") { return nil }
        marker = first
        length = run
    }

    func closes(with line: Substring) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == marker }.count
        return indent < 4 && run >= length && rest.dropFirst(run).allSatisfy(\.isWhitespace)
    }
}

/// `(a) [2 points] Optional title`; the word for points may be that of any shipped language
/// (`point(s)`, Dutch `punt(en)`, German `Punkt(e)`, French `point(s)`).
struct PartHeader {
    var label: String
    var points: Points
    var title: String?

    init?(_ text: String) {
        let pattern = /^\(([a-z])\)\s+\[(\d+(?:\.\d+)?)\s+(?:points?|punt(?:en)?|Punkte?)\]\s*(.*)$/
        guard let match = text.wholeMatch(of: pattern), let points = Points(String(match.2)), points > .zero else { return nil }
        label = String(match.1)
        self.points = points
        let rest = match.3.trimmingCharacters(in: .whitespaces)
        title = rest.isEmpty ? nil : rest
    }

    /// The label, and the points as written if there is a bracket, of a heading that does not parse.
    static func loose(_ text: String) -> (label: String, points: Substring?)? {
        guard let match = text.prefixMatch(of: /\(([a-z])\)(?:\s+\[(\S+)\s+(?:points?|punt(?:en)?|Punkte?)\])?/) else { return nil }
        return (String(match.1), match.2)
    }
}
