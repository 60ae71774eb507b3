/// Reads the section that declares a machine-gradable part — `### Choose one`,
/// `### Choose all that apply`, `### True or false`, `### Numeric answer` or `### Blanks` — into
/// its answer, checking what the kind requires.
struct GradableSection {
    var kind: PartKind
    var text: MarkdownText
    /// The part's label and points, and its question (which holds a cloze's blanks).
    var label: String
    var points: Points
    var question: MarkdownText
    var diagnostics: [Diagnostic] = []

    mutating func parse() -> GradableAnswer? {
        switch kind {
        case .open: return nil
        case .singleChoice, .multipleChoice:
            return choice(ChoiceLines(text: text), several: kind == .multipleChoice, line: heading).map(GradableAnswer.choice)
        case .trueFalse: return trueFalse()
        case .numeric: return numeric(lines(), line: heading).map(GradableAnswer.numeric)
        case .cloze:
            var blanks = ClozeBlanks(text: text, label: label, points: points, question: question)
            let parsed = blanks.parse()
            diagnostics += blanks.diagnostics
            return blanks.diagnostics.isEmpty ? .cloze(parsed) : nil
        }
    }

    /// The line of the `###` heading.
    private var heading: Int { text.location.line - 1 }

    /// The non-blank lines of the section with their line numbers.
    private func lines() -> [(number: Int, text: Substring)] {
        text.text.lineSlices.enumerated()
            .map { (text.location.line + $0.offset, $0.element) }
            .filter { !$0.1.isAllWhitespace }
    }

    /// The options of a choice, checked: at least two, distinct as written, one correct for a
    /// single choice, at least one for a multiple choice.
    mutating func choice(_ reader: ChoiceLines, several: Bool, line: Int) -> Choice? {
        var reader = reader
        let options = reader.parse()
        diagnostics += reader.diagnostics
        guard reader.diagnostics.isEmpty else { return nil }
        let what = several ? "multiple-choice" : "single-choice"
        let correct = options.filter(\.isCorrect)
        if options.count < 2 {
            error(line, "the \(what) part (\(label)) has \(options.count) option\(options.count == 1 ? "" : "s"); list at least two, `- [x] right` and `- [ ] wrong`")
        } else if correct.isEmpty {
            error(line, "the \(what) part (\(label)) has no correct option; mark it `- [x]`")
        } else if !several && correct.count > 1 {
            error(correct[1].text.location.line, "the single-choice part (\(label)) marks \(correct.count) options correct; keep one `- [x]`, or declare `### Choose all that apply`")
        }
        var seen: [String: Int] = [:]
        for option in options {
            if let first = seen[option.text.text] {
                error(option.text.location.line, "option `\(option.text.text)` of part (\(label)) is written twice (first on line \(first))")
            }
            seen[option.text.text] = option.text.location.line
            if option.isCorrect, option.misconception != nil {
                error(option.text.location.line, "the correct option of part (\(label)) names a misconception; `{misconception: …}` belongs to wrong options")
            }
        }
        return diagnostics.isEmpty ? Choice(allowsSeveral: several, options: options) : nil
    }

    private mutating func trueFalse() -> GradableAnswer? {
        let found = lines()
        guard found.count == 1, let word = ["true": true, "false": false][found[0].text.trimmingCharacters(in: .whitespaces).lowercased()] else {
            error(found.first?.number ?? heading, "a true-or-false part (\(label)) states its answer in one word under `### True or false`: `true` or `false`")
            return nil
        }
        return .trueFalse(word)
    }

    /// The value line, then optional `- [ ] [[wrong]] {misconception: …}` lines.
    mutating func numeric(_ found: [(number: Int, text: Substring)], line: Int) -> NumericAnswer? {
        guard let first = found.first else {
            error(line, "the numeric part (\(label)) gives no value; write \(NumericLine.form) under `### Numeric answer`")
            return nil
        }
        switch NumericLine.parse(first.text, at: SourceLocation(file: text.location.file, line: first.number)) {
        case .failure(let problem):
            diagnostics.append(problem.diagnostic)
            return nil
        case .success(let parsed):
            let rest = found.dropFirst().map(\.text).joined(separator: "\n")
            var reader = ChoiceLines(text: MarkdownText(rest, at: SourceLocation(file: text.location.file, line: found.dropFirst().first?.number ?? first.number)))
            let distractors = rest.isEmpty ? [] : reader.parse()
            diagnostics += reader.diagnostics
            for wrong in distractors where wrong.isCorrect {
                error(wrong.text.location.line, "a numeric part (\(label)) lists wrong values as `- [ ] [[value]] {misconception: …}`; its right value is the first line")
            }
            for wrong in distractors where NumericLine.parse(Substring(wrong.text.text), at: wrong.text.location).isFailure {
                error(wrong.text.location.line, "a wrong value of part (\(label)) is `[[expression]]` or a number, then `{misconception: …}`; got `\(wrong.text.text)`")
            }
            return NumericAnswer(value: parsed.value, tolerance: parsed.tolerance, distractors: distractors)
        }
    }

    private mutating func error(_ line: Int, _ message: String) {
        diagnostics.append(.error(at: SourceLocation(file: text.location.file, line: line), message))
    }
}

private extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}
