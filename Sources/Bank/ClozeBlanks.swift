/// The `### Blanks` section of a cloze part and the `[__name__]` blanks of its question:
/// `- (name) [1 point] [[value]] ± 0.01` for a number, `- (name) [1 point] [x] rises | [ ] falls`
/// for a choice. Every blank of the question has one line, and their points sum to the part's.
struct ClozeBlanks {
    var text: MarkdownText
    var label: String
    var points: Points
    var question: MarkdownText
    var diagnostics: [Diagnostic] = []

    /// `[__name__]` in a question.
    static var marker: Regex<(Substring, Substring)> { /\[__([a-z][a-z0-9_]*)__\]/ }

    mutating func parse() -> [ClozeBlank] {
        var blanks: [ClozeBlank] = []
        let lines = text.text.lineSlices
        for (offset, line) in lines.enumerated() where !line.isAllWhitespace {
            let number = text.location.line + offset
            guard let item = Self.item(line) else {
                error(number, 1, "a blank is a list item `- (name) [1 point] [[value]] ± 0.01` or `- (name) [1 point] [x] right | [ ] wrong`")
                continue
            }
            let name = String(item.name)
            guard let blankPoints = Points(String(item.points)), blankPoints > .zero else {
                error(number, 1, "blank (\(name)) is worth `\(item.points)` points; points are a positive whole or half number")
                continue
            }
            if blanks.contains(where: { $0.name == name }) {
                error(number, 1, "blank (\(name)) of part (\(label)) is listed twice")
                continue
            }
            let location = SourceLocation(file: text.location.file, line: number, column: item.lead.count + 1)
            if let answer = answer(item.answer, at: location, name: name) {
                blanks.append(ClozeBlank(name: name, points: blankPoints, answer: answer, location: location))
            }
        }
        checkAgainstQuestion(blanks)
        return blanks
    }

    /// `- (name) [N points] answer`: the part before the answer, the blank's name, its points as
    /// written and the answer.
    static func item(_ line: Substring) -> (lead: Substring, name: Substring, points: Substring, answer: Substring)? {
        var scanner = LineScanner(line)
        guard scanner.takeBullet(), scanner.take("("), let name = scanner.takeName(), scanner.take(")"),
              scanner.skipWhitespace() > 0, let points = scanner.takePoints(), scanner.skipWhitespace() > 0,
              let answer = scanner.restOfLine else { return nil }
        return (scanner.consumed(since: line.startIndex), name, points, answer)
    }

    /// A choice when the text holds boxes, else a number.
    private mutating func answer(_ body: Substring, at location: SourceLocation, name: String) -> BlankAnswer? {
        if body.hasPrefix("[") && !body.hasPrefix("[[") {
            let items = body.split(separator: "|").map { "- " + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
            var section = GradableSection(kind: .singleChoice, text: MarkdownText("", at: location), label: label, points: points, question: question)
            let choice = section.choice(ChoiceLines(text: MarkdownText(items, at: location)), several: false, line: location.line)
            // The options sit side by side on the blank's line, so every problem is reported there.
            diagnostics += section.diagnostics.map { var d = $0; d.location = location; return d }
            return choice.map { choice in
                .choice(Choice(allowsSeveral: false, options: choice.options.map { var o = $0; o.text.location = location; return o }))
            }
        }
        switch NumericLine.parse(body, at: location) {
        case .success(let line): return .numeric(NumericAnswer(value: line.value, tolerance: line.tolerance))
        case .failure(let problem): diagnostics.append(problem.diagnostic); return nil
        }
    }

    /// Each `[__name__]` of the question has a line and each line a marker; the points add up.
    private mutating func checkAgainstQuestion(_ blanks: [ClozeBlank]) {
        let markers = question.text.matches(of: Self.marker).map { String($0.1) }
        for name in Set(markers).subtracting(blanks.map(\.name)).sorted() {
            error(text.location.line - 1, 1, "the question of part (\(label)) has the blank `[__\(name)__]` but `### Blanks` has no line `- (\(name)) [1 point] …`")
        }
        for blank in blanks where !markers.contains(blank.name) {
            error(blank.location.line, 1, "blank (\(blank.name)) is not in the question of part (\(label)); write `[__\(blank.name)__]` where the student fills it in")
        }
        for name in Set(markers) where markers.filter({ $0 == name }).count > 1 {
            error(question.location.line, 1, "the question of part (\(label)) has `[__\(name)__]` more than once; each blank appears once")
        }
        if blanks.isEmpty && diagnostics.isEmpty {
            error(text.location.line - 1, 1, "the cloze part (\(label)) has no blanks; write `[__name__]` in the question and `- (name) [1 point] …` here")
        }
        let sum = blanks.map(\.points).sum()
        if !blanks.isEmpty, sum != points, diagnostics.isEmpty {
            error(text.location.line - 1, 1, "the blanks of part (\(label)) give \(sum.spelledOut) but the part is worth \(points.spelledOut)")
        }
    }

    private mutating func error(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(.error(at: SourceLocation(file: text.location.file, line: line, column: column), message))
    }
}
