/// A rubric section: a bullet list whose items start with `[N points]`.
struct RubricList {
    var text: MarkdownText
    var diagnostics: [Diagnostic] = []

    mutating func parse() -> [RubricItem] {
        var items: [RubricItem] = []
        var current: (points: Points, line: Int, lines: [Substring])?
        let lines = text.text.lineSlices

        func flush() {
            guard let open = current else { return }
            var body = open.lines
            while let last = body.last, last.isAllWhitespace { body.removeLast() }
            let location = SourceLocation(file: text.location.file, line: open.line)
            items.append(RubricItem(points: open.points, criterion: MarkdownText(body.joined(separator: "\n"), at: location)))
            current = nil
        }

        for (offset, line) in lines.enumerated() {
            let number = text.location.line + offset
            if let (written, criterion) = Self.item(line) {
                flush()
                guard let points = Points(String(written)), points > .zero else {
                    error(number, "rubric points must be a positive whole or half number, got `\(written)`")
                    continue
                }
                current = (points, number, [criterion])
            } else if line.isAllWhitespace {
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

    /// `- [N points] criterion`: the points as written and the criterion.
    static func item(_ line: Substring) -> (points: Substring, criterion: Substring)? {
        var scanner = LineScanner(line)
        guard scanner.takeBullet(), let points = scanner.takePoints() else { return nil }
        scanner.skipWhitespace()
        return scanner.restOfLine.map { (points, $0) }
    }

    private mutating func error(_ line: Int, _ message: String) {
        diagnostics.append(.error(at: SourceLocation(file: text.location.file, line: line), message))
    }
}
