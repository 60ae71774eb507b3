import Bank
import Markup
import Render

/// The Markdown of exercise variants as HTML for one format: formulas as that format wants
/// them, figures as files the HTML refers to.
struct ExportMarkup {
    let renderer: ExerciseRenderer
    let figures: FigureFiles

    init(math: any MathRenderer, figurePrefix: String, course: Course) {
        figures = FigureFiles(prefix: figurePrefix)
        renderer = ExerciseRenderer(markdown: MarkdownRenderer(math: math, blocks: ["figure": figures], rawHTML: course.rawHTML))
    }

    /// The exercise as HTML, with the warnings its Markdown, formulas and figures gave.
    func render(_ exercise: Exercise) -> (RenderedExercise, [Diagnostic]) {
        renderer.render(exercise)
    }

    /// The question as one text: the stem, then each part under a heading with its label and points.
    static func questionText(_ rendered: RenderedExercise) -> String {
        var html = rendered.stem ?? ""
        for part in rendered.parts {
            html += "\n<h4>\(heading(part.part))</h4>\n" + part.question
        }
        return html
    }

    /// What only the grader sees: each part's model answer and rubric, with points.
    static func graderText(_ rendered: RenderedExercise) -> String {
        rendered.parts.map { part in
            "<h4>\(heading(part.part))</h4>\n<p><strong>Model answer</strong></p>\n\(part.answer)\n"
                + "<p><strong>Rubric</strong></p>\n<ul>\n"
                + part.rubric.map { "<li>[\($0.points.spelledOut)] \($0.html)</li>\n" }.joined() + "</ul>\n"
        }.joined()
    }

    /// "(a) Title · 2 points".
    static func heading(_ part: Part) -> String {
        "(\(part.label))" + (part.title.map { " " + HTML.escape($0) } ?? "") + " · \(part.points.spelledOut)"
    }
}
