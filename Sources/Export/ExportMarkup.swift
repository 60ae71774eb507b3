import Bank
import Markup
import Render
import Variants

/// The Markdown of exercise variants as HTML for one format: formulas as that format wants
/// them, figures as files the HTML refers to, the blanks of a cloze as tokens
/// (`GradedPart.token`) for the format to replace by its answer boxes.
struct ExportMarkup {
    let renderer: ExerciseRenderer
    let figures: FigureFiles

    init(math: any MathRenderer, figurePrefix: String, course: Course) {
        figures = FigureFiles(prefix: figurePrefix)
        renderer = ExerciseRenderer(markdown: MarkdownRenderer(math: math, blocks: ["figure": figures], rawHTML: course.rawHTML))
    }

    /// The exercise as HTML, with the warnings its Markdown, formulas and figures gave.
    func render(_ exercise: Exercise) -> (RenderedExercise, [Diagnostic]) {
        var tokenized = exercise
        for index in tokenized.parts.indices { tokenized.parts[index].question = GradedPart.tokenized(exercise.parts[index]) }
        return renderer.render(tokenized)
    }

    /// A short Markdown text (an option) as inline HTML.
    func inline(_ markdown: String) -> String {
        renderer.markdown.renderInline(markdown).html
    }

    /// The question as one text for an LMS answering the whole exercise in one box: the stem,
    /// then each part under a heading with its label and points, its options listed, its blanks
    /// shown by name.
    func questionText(_ rendered: RenderedExercise) -> String {
        var html = rendered.stem ?? ""
        for part in rendered.parts {
            html += "\n<h4>\(Self.heading(part.part))</h4>\n" + Self.fillBlanks(part) { "[\($0.name)]" }
            let answer = PartAnswer(part.part)
            if let options = answer.options {
                html += "<ol type=\"A\">\n" + options.map { "<li>\(inline($0.text))</li>\n" }.joined() + "</ol>\n"
            }
        }
        return html
    }

    /// What only the grader sees: each open part's model answer and rubric, each other part's
    /// correct response and explanation, with points.
    func graderText(_ rendered: RenderedExercise) -> String {
        rendered.parts.map { part in
            var html = "<h4>\(Self.heading(part.part))</h4>\n"
            guard part.part.kind == .open else {
                let key = PartAnswer(part.part)
                html += "<p><strong>Correct response</strong>: \(key.options == nil ? HTML.escape(GradedPart.key(key)) : keyHTML(key))</p>\n"
                return html + (part.answer.isEmpty ? "" : "<p><strong>Explanation</strong></p>\n\(part.answer)\n")
            }
            return html + "<p><strong>Model answer</strong></p>\n\(part.answer)\n"
                + "<p><strong>Rubric</strong></p>\n<ul>\n"
                + part.rubric.map { "<li>[\($0.points.spelledOut)] \($0.html)</li>\n" }.joined() + "</ul>\n"
        }.joined()
    }

    private func keyHTML(_ key: PartAnswer) -> String {
        (key.options ?? []).filter(\.correct).map { "\($0.letter). \(inline($0.text))" }.joined(separator: "; ")
    }

    /// The part's question with each blank's token replaced by `box(blank)`.
    static func fillBlanks(_ part: RenderedPart, _ box: (ClozeBlank) -> String) -> String {
        guard case .cloze(let blanks) = part.part.gradable else { return part.question }
        var html = part.question
        for (index, blank) in blanks.enumerated() {
            html = html.replacingOccurrences(of: GradedPart.token(index), with: box(blank))
        }
        return html
    }

    /// "(a) Title · 2 points".
    static func heading(_ part: Part) -> String {
        "(\(part.label))" + (part.title.map { " " + HTML.escape($0) } ?? "") + " · \(part.points.spelledOut)"
    }
}
