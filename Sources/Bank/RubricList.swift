/// A rubric section: a bullet list whose items start with `[N points]`.
struct RubricList {
    var text: MarkdownText
    var diagnostics: [Diagnostic] = []

    mutating func parse() -> [RubricItem] {
        var items: [RubricItem] = []
        var current: (points: Points, line: Int, lines: [Substring])?
        let pattern = /^\s{0,3}[-*+]\s+\[(\d+(?:\.\d+)?)\s+(?:points?|punt(?:en)?|Punkte?)\]\s*(.*)$/
        let lines = text.text.split(separator: "\n", omittingEmptySubsequences: false)

        func flush() {
            guard let open = current else { return }
            var body = open.lines
            while let last = body.last, last.allSatisfy(\.isWhitespace) { body.removeLast() }
            let location = SourceLocation(file: text.location.file, line: open.line)
            items.append(RubricItem(points: open.points, criterion: MarkdownText(body.joined(separator: "\n"), at: location)))
            current = nil
        }

        for (offset, line) in lines.enumerated() {
            let number = text.location.line + offset
            if let match = line.wholeMatch(of: pattern) {
                flush()
                guard let points = Points(String(match.1)), points > .zero else {
                    error(number, "rubric points must be a positive whole or half number, got `\(match.1)`")
                    continue
                }
                current = (points, number, [match.2])
            } else if line.allSatisfy(\.isWhitespace) {
                current?.lines.append("")
            } else if current != nil, line.first == " " || line.first == "\t" {
                current?.lines.append(line.drop { $0 == " " || $0 == "\t" })
            } else {
                flush()
                error(number, "a rubric line is a list item that starts with its points, such as `- [1 point] states the chain rule`")
            }
        }
        flush()
        if items.isEmpty && diagnostics.isEmpty {
            error(text.location.line - 1, "the rubric is empty; list what earns each point, such as `- [1 point] states the chain rule`")
        }
        return items
    }

    private mutating func error(_ line: Int, _ message: String) {
        diagnostics.append(.error(at: SourceLocation(file: text.location.file, line: line), message))
    }
}
