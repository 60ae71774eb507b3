/// The task list of a choice section: `- [x] correct option`, `- [ ] wrong option`, each
/// optionally ending in `{pinned}` and/or `{misconception: what the student did wrong}`.
/// Lines indented under an option continue it.
struct ChoiceLines {
    var text: MarkdownText
    var diagnostics: [Diagnostic] = []

    mutating func parse() -> [ChoiceOption] {
        var options: [ChoiceOption] = []
        var current: (option: ChoiceOption, lines: [Substring])?
        let lines = text.text.lineSlices

        func flush() {
            guard var open = current else { return }
            while let last = open.lines.last, last.isAllWhitespace { open.lines.removeLast() }
            open.option.text.text = open.lines.joined(separator: "\n")
            options.append(open.option)
            current = nil
        }

        for (offset, line) in lines.enumerated() {
            let number = text.location.line + offset
            if let item = Self.item(line) {
                flush()
                let column = item.bullet.count + 5
                var option = ChoiceOption(text: MarkdownText("", at: at(number, column)), isCorrect: item.box != " ")
                let body = declarations(in: item.text, into: &option, line: number, column: column)
                if body.isAllWhitespace {
                    error(number, item.bullet.count + 1, "an option has no text after its box; write `- [ ] the option`")
                }
                current = (option, [body])
            } else if line.isAllWhitespace {
                current?.lines.append("")
            } else if current != nil, line.first == " " || line.first == "\t" {
                current?.lines.append(line.drop { $0 == " " || $0 == "\t" })
            } else {
                flush()
                let hint = line.wholeMatch(of: /\s{0,3}[-*+]\s+\[(.*?)\].*/).map { "; the box holds `x` or a space, not `\($0.1)`" } ?? ""
                error(number, 1, "an option is a task-list item, `- [x] right` or `- [ ] wrong`\(hint)")
            }
        }
        flush()
        return options
    }

    /// `- [x] text`: the bullet with its blanks, the box's character and the text.
    static func item(_ line: Substring) -> (bullet: Substring, box: Character, text: Substring)? {
        var scanner = LineScanner(line)
        guard scanner.takeBullet() else { return nil }
        let bullet = scanner.consumed(since: line.startIndex)
        guard scanner.take("["), let box = scanner.take(where: { $0 == " " || $0 == "x" || $0 == "X" }), scanner.take("]"),
              scanner.skipWhitespace() > 0, let text = scanner.restOfLine else { return nil }
        return (bullet, box, text)
    }

    /// The option's text without its trailing `{…}` declarations, which are read into `option`.
    private mutating func declarations(in text: Substring, into option: inout ChoiceOption, line: Int, column: Int) -> Substring {
        guard text.utf8.contains(UInt8(ascii: "{")), let match = text.firstMatch(of: /\s*\{([a-z][^{}$]*)\}\s*$/) else { return text }
        let brace = text[match.range].firstIndex(of: "{")!
        let declarationColumn = column + text.distance(from: text.startIndex, to: brace)
        var rest = match.1[...]
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "," }
            if rest.hasPrefix("pinned") {
                option.isPinned = true
                rest = rest.dropFirst("pinned".count)
            } else if rest.hasPrefix("misconception:") {
                let label = rest.dropFirst("misconception:".count).trimmingCharacters(in: .whitespaces)
                if label.isEmpty {
                    error(line, declarationColumn, "`{misconception:}` names no mistake; write `{misconception: uses the pooling stride}`")
                }
                option.misconception = label
                rest = ""
            } else {
                let word = String(rest.prefix { $0 != ":" && $0 != "," && $0 != " " })
                error(line, declarationColumn, "unknown option declaration `{\(word)}`; an option may end with `{pinned}` or `{misconception: …}`"
                      + Suggestion.hint(for: word, among: ["pinned", "misconception"]))
                rest = ""
            }
        }
        return text[..<match.range.lowerBound]
    }

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: text.location.file, line: line, column: column)
    }

    private mutating func error(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(.error(at: at(line, column), message))
    }
}
