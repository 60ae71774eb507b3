import Bank
import Markup
import Variants

/// Turns the Markdown of exercises into HTML, reporting math and Markdown problems at their place
/// in the bank file.
public struct ExerciseRenderer: Sendable {
    public let markdown: MarkdownRenderer
    /// HTML by Markdown source: every variant of an exam repeats most of its exercises' texts
    /// word for word (a question without numbers, a rubric line), and each is parsed once.
    private let memo = ResultMemo<Source, RenderedMarkdown>(limit: 4096)

    private struct Source: Hashable, Sendable {
        var text: ExactText
        var inline: Bool
    }

    public init(markdown: MarkdownRenderer = MarkdownRenderer()) {
        self.markdown = markdown
    }

    public func render(_ exercise: Exercise) -> (RenderedExercise, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func html(_ text: MarkdownText, inline: Bool = false) -> String {
            let rendered = converted(text.text, inline: inline)
            diagnostics += rendered.warnings.map { warning in
                .warning(at: SourceLocation(file: text.location.file, line: text.location.line + warning.line - 1,
                                            column: warning.column),
                         warning.message)
            }
            return rendered.html
        }
        func options(_ choice: Choice) -> [RenderedOption] {
            choice.options.enumerated().map { index, option in
                RenderedOption(letter: RenderedOption.letter(index), html: html(option.text, inline: true),
                               isCorrect: option.isCorrect, misconception: option.misconception)
            }
        }
        let parts = exercise.parts.map { part in
            var rendered = RenderedPart(part: part, question: html(ClozeMarkers.tokens(in: part.question)), answer: html(part.answer),
                                        rubric: part.rubric.map { ($0.points, html($0.criterion, inline: true)) })
            switch part.gradable {
            case .choice(let choice): rendered.gradable = RenderedGradable(options: options(choice))
            case .cloze(let blanks):
                rendered.gradable = RenderedGradable(blanks: blanks.map { blank in
                    switch blank.answer {
                    case .choice(let choice): RenderedBlank(name: blank.name, points: blank.points, options: options(choice), numeric: nil)
                    case .numeric(let numeric): RenderedBlank(name: blank.name, points: blank.points, options: [], numeric: numeric)
                    }
                })
            case .trueFalse, .numeric: rendered.gradable = RenderedGradable()
            case nil: break
            }
            return rendered
        }
        let rendered = RenderedExercise(exercise: exercise, stem: exercise.stem.map { html($0) }, parts: parts)
        return (rendered, diagnostics)
    }

    /// Renders a short Markdown text, such as an instruction line, without a location.
    public func inline(_ text: String) -> String {
        converted(text, inline: true).html
    }

    /// The HTML of a Markdown text, made once per distinct text; its warnings are relative to
    /// the text, so a remembered one is located wherever the text stands.
    private func converted(_ text: String, inline: Bool) -> RenderedMarkdown {
        memo.value(for: Source(text: ExactText(text), inline: inline)) { inline ? markdown.renderInline(text) : markdown.render(text) }
    }
}
