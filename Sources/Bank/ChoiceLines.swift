/// The task list of a choice section: `- [x] correct option`, `- [ ] wrong option`, each
/// optionally ending in `{pinned}` and/or `{misconception: what the student did wrong}`.
/// Lines indented under an option continue it.
struct ChoiceLines {
    var text: MarkdownText
    var diagnostics: [Diagnostic] = []

    mutating func parse() -> [ChoiceOption] {
        var options: [ChoiceOption] = []
        var current: (option: ChoiceOption, lines: [Substring])?
        let pattern = /^(\s{0,3}[-*+]\s+)\[([ xX])\]\s+(.*)$/
        let lines = text.text.split(separator: "\n", omittingEmptySubsequences: false)

        func flush() {
            guard var open = current else { return }
            while let last = open.lines.last, last.allSatisfy(\.isWhitespace) { open.lines.removeLast() }
            open.option.text.text = open.lines.joined(separator: "\n")
            options.append(open.option)
            current = nil
        }

        for (offset, line) in lines.enumerated() {
            let number = text.location.line + offset
            if let match = line.wholeMatch(of: pattern) {
                flush()
                let column = match.1.count + 5
                var option = ChoiceOption(text: MarkdownText("", at: at(number, column)), isCorrect: match.2 != " ")
                let body = declarations(in: match.3, into: &option, line: number, column: column)
                if body.allSatisfy(\.isWhitespace) {
                    error(number, match.1.count + 1, "an option has no text after its box; write `- [ ] the option`")
                }
                current = (option, [body])
            } else if line.allSatisfy(\.isWhitespace) {
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

    /// The option's text without its trailing `{…}` declarations, which are read into `option`.
    private mutating func declarations(in text: Substring, into option: inout ChoiceOption, line: Int, column: Int) -> Substring {
        guard let match = text.firstMatch(of: /\s*\{([a-z][^{}$]*)\}\s*$/) else { return text }
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
