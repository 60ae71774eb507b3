import Bank
import Markup
import Variants

/// The grader's key (`key-compact.html`): for each part its points, its result — the correct
/// option(s), the number and the interval it accepts, each blank's answer — and its rubric, with
/// the questions and worked solutions left out, so that a grader marking many copies reads only
/// what decides the points.
struct CompactKeyView {
    var title: String
    var course: String
    var dateLong: String
    var totalText: String
    var variantCode: String?
    var fingerprint: String?
    var exercises: [KeyExercise]
    /// The page rules the print layout writes (size, running header, "ANSWER KEY", footer).
    var paper: String
    var runningHeader: String
    var keyHeader: String
    var pageFooter: String

    struct KeyExercise {
        var number: Int
        var title: String
        var pointsText: String
        var parts: [KeyPart]
    }

    struct KeyPart {
        var label: String
        var pointsWord: String
        /// The machine-gradable part's answer, as HTML; nil for an open part, whose rubric says it.
        var result: String?
        var rubric: [RubricView]
    }

    /// The key of `edition`, from the same view the full key is made of.
    init(_ key: ExamView, rendered: [RenderedExercise], renderer: ExerciseRenderer, labels: Labels) {
        title = key.title
        course = key.course
        dateLong = key.dateLong
        totalText = key.totalText
        variantCode = key.variantCode
        fingerprint = key.fingerprint
        paper = key.paper
        runningHeader = key.runningHeader
        keyHeader = key.keyHeader
        pageFooter = key.pageFooter
        exercises = zip(key.exercises, rendered).map { view, exercise in
            KeyExercise(number: view.number ?? 0, title: view.title, pointsText: view.pointsText,
                     parts: zip(view.parts, exercise.parts).map { part, rendered in
                         KeyPart(label: part.label, pointsWord: part.pointsWord,
                              result: rendered.part.gradable == nil ? nil : Self.result(PartAnswer(rendered.part), renderer: renderer, labels: labels),
                              rubric: part.rubric)
                     })
        }
    }

    /// "**B** the option's text"; "**3.75** (3.7 … 3.8)"; one line per blank.
    static func result(_ answer: PartAnswer, renderer: ExerciseRenderer, labels: Labels) -> String {
        if let blanks = answer.blanks {
            return blanks.map { blank in
                "<span class=\"blank\">[\(HTML.escape(blank.name))]</span> "
                    + result(PartAnswer(kind: blank.kind, options: blank.options, numeric: blank.numeric), renderer: renderer, labels: labels)
            }.joined(separator: "<br>")
        }
        if let numeric = answer.numeric {
            let interval = numeric.minimum == numeric.maximum ? ""
                : " (\(ValueFormat.default.format(.number(numeric.minimum))) … \(ValueFormat.default.format(.number(numeric.maximum))))"
            return "<strong>\(HTML.escape(numeric.printed))</strong>\(HTML.escape(interval))"
        }
        let correct = (answer.options ?? []).filter(\.correct)
        // An option's text is Markdown (math, placeholders already filled in), as in the key; true
        // and false are the course's words, as on the full key.
        return correct.map { option in
            let text = answer.kind == .trueFalse ? HTML.escape(labels[option.letter == "A" ? "trueWord" : "falseWord"]) : renderer.inline(option.text)
            return "<strong>\(HTML.escape(option.letter))</strong> \(text)"
        }.joined(separator: "; ")
    }
}
