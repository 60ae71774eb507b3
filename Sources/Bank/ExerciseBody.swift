/// The Markdown body of an exercise, cut into a stem and parts at its `##` and `###` headings.
/// Headings inside fenced code blocks are content, not structure.
struct ExerciseBody {
    var path: String
    var lines: SourceLines
    var firstLine: Int
    var diagnostics: [Diagnostic] = []

    /// The `###` sections a part may have: the open part's, the explanation, and one per gradable kind.
    private static let sectionNames = ["Answer", "Rubric", "Explanation"] + PartKind.allCases.compactMap(\.sectionHeading)

    mutating func parse() -> (stem: MarkdownText?, parts: [Part]) {
        var stem: MarkdownText?
        var parts: [Part] = []
        var draft: PartDraft?
        var chunkStart = firstLine
        var fence: Fence?
        /// The label of the last `##` heading, even a malformed one, so that the next label is checked against it.
        var previousLabel: String?
        /// After a malformed part heading its sections are skipped, not reported again.
        var inMalformedPart = false

        func chunk(_ end: Int) -> MarkdownText {
            MarkdownText(lines.join(chunkStart..<end), at: SourceLocation(file: path, line: chunkStart))
        }

        var number = firstLine
        while number <= lines.count + 1 {
            let line = number <= lines.count ? lines[number] : nil
            if let line, let open = fence {
                if open.closes(with: line) { fence = nil }
                number += 1
                continue
            }
            if let line, let opening = Fence(opening: line) {
                fence = opening
                number += 1
                continue
            }
            guard let line, let heading = Heading(line) else {
                if line == nil { break }
                number += 1
                continue
            }
            switch heading.level {
            case 1:
                error(number, "`#` headings are not used in an exercise body: the title comes from the front matter, parts start with `## (a) [2 points]`")
            case 2:
                let text = chunk(number)
                if var open = draft { open.close(with: text); finish(open, into: &parts) } else if !text.isBlank && !inMalformedPart { stem = trimmed(text) }
                draft = startPart(heading, at: number, previous: previousLabel)
                previousLabel = draft?.label ?? PartHeader.loose(heading.text)?.label ?? previousLabel
                inMalformedPart = draft == nil
                chunkStart = number + 1
            case 3:
                guard var open = draft else {
                    if !inMalformedPart {
                        error(number, "`### \(heading.text)` comes before the first part; start a part with `## (a) [2 points]`")
                    }
                    break
                }
                let named = Self.sectionNames.first { $0.lowercased() == heading.text.lowercased() }
                // Only a heading that names no section needs a guess at what it meant.
                let meant = named == nil
                    ? Self.sectionSynonyms[heading.text.lowercased()] ?? Suggestion.closest(to: heading.text, among: Self.sectionNames)
                    : nil
                if named == nil {
                    let hint = meant.map { "; did you mean `### \($0)`?" } ?? ""
                    error(number, "unknown section `### \(heading.text)` in part (\(open.label)); a part has `### Answer` and `### Rubric`\(hint)")
                }
                // A section with a likely meaning is read as that section, so one typo gives one error.
                guard let section = named ?? meant else { break }
                open.close(with: chunk(number))
                if let problem = open.enter(section, at: number) {
                    error(number, "part (\(open.label)) \(problem)")
                }
                draft = open
                chunkStart = number + 1
            default:
                break
            }
            number += 1
        }
        if fence != nil {
            error(lines.count, "a fenced code block is never closed")
        }
        if var open = draft {
            open.close(with: chunk(lines.count + 1))
            finish(open, into: &parts)
        } else if !inMalformedPart {
            let text = chunk(lines.count + 1)
            if !text.isBlank { stem = trimmed(text) }
        }
        return (stem, parts)
    }

    private mutating func startPart(_ heading: Heading, at number: Int, previous: String?) -> PartDraft? {
        guard let header = PartHeader(heading.text) else {
            if let loose = PartHeader.loose(heading.text), let points = loose.points {
                error(number, "part (\(loose.label)) is worth `\(points)` points; points are a positive whole or half number, such as `2` or `1.5`")
                return nil
            }
            error(number, "a `##` heading starts a part and reads `## (a) [2 points]`, optionally followed by a title; got `## \(heading.text)`")
            return nil
        }
        let expected = previous.map { String(UnicodeScalar($0.unicodeScalars.first!.value + 1)!) } ?? "a"
        if header.label != expected {
            error(number, "part (\(header.label)) should be (\(expected)): parts are lettered a, b, c … in order")
        }
        return PartDraft(header: header, line: number)
    }

    private mutating func finish(_ draft: PartDraft, into parts: inout [Part]) {
        let location = SourceLocation(file: path, line: draft.line)
        if let kind = draft.kind {
            finishGradable(draft, kind: kind, into: &parts)
            return
        }
        if draft.sections["Explanation"] != nil {
            error(draft.line, "part (\(draft.label)) is an open part, which explains under `### Answer`; `### Explanation` belongs to a part with `### Choose one`, `### Numeric answer` …")
            return
        }
        guard let answer = draft.sections["Answer"], !answer.isBlank else {
            error(draft.line, "part (\(draft.label)) has no model answer; add `### Answer` followed by the worked solution")
            return
        }
        guard let rubricText = draft.sections["Rubric"] else {
            error(draft.line, "part (\(draft.label)) has no rubric; add `### Rubric` with items such as `- [1 point] names the chain rule`")
            return
        }
        var rubric = RubricList(text: rubricText)
        let items = rubric.parse()
        diagnostics += rubric.diagnostics
        guard rubric.diagnostics.isEmpty else { return }
        let sum = items.map(\.points).sum()
        if sum != draft.header.points {
            error(rubricText.location.line - 1, "the rubric of part (\(draft.label)) gives \(sum.spelledOut) but the part is worth \(draft.header.points.spelledOut)")
        }
        parts.append(Part(label: draft.label, title: draft.header.title, points: draft.header.points,
                          question: trimmed(draft.sections["question"] ?? MarkdownText("", at: location)),
                          answer: trimmed(answer), rubric: items, location: location))
    }

    /// A machine-gradable part: its kind's section read into options, a number or blanks; no
    /// model answer or rubric, since the points go to the right response.
    private mutating func finishGradable(_ draft: PartDraft, kind: PartKind, into parts: inout [Part]) {
        let location = SourceLocation(file: path, line: draft.line)
        for written in ["Answer", "Rubric"] where draft.sections[written] != nil {
            error(draft.line, "part (\(draft.label)) is \(kind.rawValue) and has `### \(written)`; its points go to the right response, so write the reasoning under `### Explanation` instead")
        }
        let question = trimmed(draft.sections["question"] ?? MarkdownText("", at: location))
        var section = GradableSection(kind: kind, text: draft.sections["kind"]!, label: draft.label,
                                      points: draft.header.points, question: question)
        let gradable = section.parse()
        diagnostics += section.diagnostics
        if kind != .cloze, question.mayHoldBlanks, let blank = question.text.firstMatch(of: ClozeBlanks.marker) {
            error(question.location.line, "part (\(draft.label)) has the blank `[__\(blank.1)__]` but is \(kind.rawValue); a part with blanks declares `### Blanks`")
        }
        guard let gradable else { return }
        let explanation = draft.sections["Explanation"].map(trimmed)
        parts.append(Part(label: draft.label, title: draft.header.title, points: draft.header.points, question: question,
                          answer: explanation ?? MarkdownText("", at: location), rubric: [], location: location,
                          gradable: gradable, explanation: explanation))
    }

    /// Section names authors write instead of `Answer` and `Rubric`.
    private static let sectionSynonyms: [String: String] = [
        "solution": "Answer", "solutions": "Answer", "model answer": "Answer", "worked solution": "Answer",
        "grading": "Rubric", "grading scheme": "Rubric", "marking scheme": "Rubric",
        "options": "Choose one", "choices": "Choose one", "select all that apply": "Choose all that apply",
        "numeric": "Numeric answer", "cloze": "Blanks", "true/false": "True or false",
    ]

    /// The text without its leading and trailing blank lines; the location moves to its first line.
    private func trimmed(_ text: MarkdownText) -> MarkdownText {
        let lines = text.text.lineSlices
        var start = text.location
        guard let first = lines.firstIndex(where: { !$0.isAllWhitespace }), let last = lines.lastIndex(where: { !$0.isAllWhitespace }) else {
            start.line += lines.count
            return MarkdownText("", at: start)
        }
        start.line += first
        return MarkdownText(String(text.text[lines[first].startIndex..<lines[last].endIndex]), at: start)
    }

    private mutating func error(_ line: Int, _ message: String) {
        diagnostics.append(.error(at: SourceLocation(file: path, line: line), message))
    }
}

/// A part being read: its header, its kind once a kind's section is seen, and the sections so far.
private struct PartDraft {
    var header: PartHeader
    var line: Int
    var current = "question"
    var sections: [String: MarkdownText] = [:]
    /// Declared by `### Choose one`, `### Numeric answer` …; nil for an open part.
    var kind: PartKind?

    var label: String { header.label }

    mutating func close(with text: MarkdownText) { sections[current] = text }

    /// Moves to the next section; what is wrong when it was seen already, comes out of order or
    /// declares a second kind.
    mutating func enter(_ heading: String, at line: Int) -> String? {
        let declared = PartKind(sectionHeading: heading)
        let section = declared == nil ? heading : "kind"
        let rank = ["question": 0, "kind": 1, "second kind": 1, "Answer": 2, "Explanation": 2, "Rubric": 3]
        if declared != nil, let earlier = kind {
            // The second kind's section is set aside, so its content is not read as the first's.
            current = "second kind"
            return "declares two kinds, `### \(earlier.sectionHeading!)` and `### \(heading)`; a part is one kind (use `### Blanks` for several answers in one part)"
        }
        defer { current = section }
        if let declared { kind = declared }
        if sections[section] != nil { return "has a second `### \(heading)`" }
        if rank[section]! < rank[current]! {
            let order = kind.map { "write the question, then `### \($0.sectionHeading!)`, then `### Explanation`" } ?? "write the question, then `### Answer`, then `### Rubric`"
            return "has `### \(heading)` after `### \(current == "kind" ? kind!.sectionHeading! : current)`; \(order)"
        }
        return nil
    }
}
