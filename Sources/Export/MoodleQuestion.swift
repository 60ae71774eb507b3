import Bank
import Markup
import Render
import Variants

/// One exercise variant as a Moodle question: an `essay` when every part is open; `numerical`,
/// `multichoice` or `truefalse` when it is one machine-gradable part; a `cloze` (multianswer)
/// holding one embedded answer per part (per blank in a cloze part) otherwise.
struct MoodleQuestion {
    var variant: QuestionPool.Variant
    var rendered: RenderedExercise
    var markup: ExportMarkup

    /// The question's type and the elements after its common header (name, text, feedback).
    var body: (type: String, question: String, grader: String, elements: String) {
        let parts = rendered.parts
        let grader = markup.graderText(rendered)
        if parts.allSatisfy({ $0.part.kind == .open }) {
            return ("essay", markup.questionText(rendered), grader, Self.essay)
        }
        if parts.count == 1, let part = parts.first, part.part.kind != .cloze {
            let question = (rendered.stem ?? "") + "\n<h4>\(ExportMarkup.heading(part.part))</h4>\n" + part.question
            let answer = PartAnswer(part.part)
            switch part.part.kind {
            case .numeric:
                let key = answer.numeric!
                return ("numerical", question, grader, """
                        <answer fraction="100" format="moodle_auto_format"><text>\(key.value)</text>
                          <feedback format="html"><text>\(XMLText.escape(HTML.escape(GradedPart.statement(key))))</text></feedback>
                          <tolerance>\(GradedPart.width(key))</tolerance>
                        </answer>
                        <unitgradingtype>0</unitgradingtype>
                        <unitpenalty>0</unitpenalty>
                        <showunits>3</showunits>
                        <unitsleft>0</unitsleft>

                    """)
            case .trueFalse:
                let truth = answer.options?.first?.correct == true
                return ("truefalse", question, grader, """
                        <answer fraction="\(truth ? 100 : 0)" format="moodle_auto_format"><text>true</text><feedback format="html"><text></text></feedback></answer>
                        <answer fraction="\(truth ? 0 : 100)" format="moodle_auto_format"><text>false</text><feedback format="html"><text></text></feedback></answer>

                    """)
            default:
                let options = answer.options ?? []
                let single = part.part.kind == .singleChoice
                let answers = options.map { option in
                    "    <answer fraction=\"\(Self.fraction(option, of: options, single: single))\" format=\"html\"><text>\(XMLText.escape(markup.inline(option.text)))</text>"
                        + "<feedback format=\"html\"><text></text></feedback></answer>\n"
                }.joined()
                return ("multichoice", question, grader, """
                        <single>\(single)</single>
                        <shuffleanswers>false</shuffleanswers>
                        <answernumbering>ABCD</answernumbering>
                        <correctfeedback format="html"><text></text></correctfeedback>
                        <partiallycorrectfeedback format="html"><text></text></partiallycorrectfeedback>
                        <incorrectfeedback format="html"><text></text></incorrectfeedback>
                    \(answers)
                    """)
            }
        }
        return ("cloze", cloze(), grader, "")
    }

    static let essay = """
            <responseformat>editor</responseformat>
            <responserequired>1</responserequired>
            <responsefieldlines>15</responsefieldlines>
            <attachments>0</attachments>
            <attachmentsrequired>0</attachmentsrequired>

        """

    /// Moodle's grade of an option, in percent: the correct one 100 in a single choice; in a
    /// multiple choice each correct one 100/k and each wrong one −100, so that any wrong tick
    /// gives 0 (Moodle's core has no all-or-nothing multiple choice).
    static func fraction(_ option: PrintedOption, of options: [PrintedOption], single: Bool) -> String {
        guard !single else { return option.correct ? "100" : "0" }
        let correct = options.filter(\.correct).count
        return option.correct ? percent(100 / Double(correct)) : "-100"
    }

    /// A percentage as Moodle writes grades: at most 5 decimals, `33.33333`.
    static func percent(_ value: Double) -> String {
        let rounded = (value * 100_000).rounded() / 100_000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.5f", rounded)
    }

    /// The text of a cloze question: every part with its embedded answers. The weights are the
    /// points (in half points when any part has a half point).
    private func cloze() -> String {
        let halves = rendered.parts.contains { $0.part.points.halves % 2 == 1 }
            || rendered.parts.contains { part in
                if case .cloze(let blanks) = part.part.gradable { return blanks.contains { $0.points.halves % 2 == 1 } }
                return false
            }
        func weight(_ points: Points) -> Int { halves ? points.halves : points.halves / 2 }
        var html = rendered.stem ?? ""
        for part in rendered.parts {
            html += "\n<h4>\(ExportMarkup.heading(part.part))</h4>\n"
            let answer = PartAnswer(part.part)
            let w = weight(part.part.points)
            switch part.part.gradable {
            case .cloze(let blanks):
                html += ExportMarkup.fillBlanks(part) { blank in
                    let key = answer.blanks?.first { $0.name == blank.name }
                    return embedded(weight(blank.points), numeric: key?.numeric, options: key?.options, single: true)
                }
            case nil:
                html += part.question + "\n<p>" + "{\(w):SHORTANSWER:%0%*#" + Self.escape("graded by hand: see the notes for graders") + "}</p>\n"
            default:
                html += part.question + "\n<p>" + embedded(w, numeric: answer.numeric, options: answer.options,
                                                          single: part.part.kind != .multipleChoice) + "</p>\n"
            }
        }
        return html
    }

    /// One embedded answer: `{w:NUMERICAL:=value:tolerance}`, `{w:MULTICHOICE_V:=right~wrong}` or
    /// `{w:MULTIRESPONSE_V:%50%right~%-100%wrong}`.
    private func embedded(_ weight: Int, numeric: NumericKey?, options: [PrintedOption]?, single: Bool) -> String {
        if let numeric {
            return "{\(weight):NUMERICAL:=\(numeric.value):\(GradedPart.width(numeric))}"
        }
        let options = options ?? []
        let answers = options.map { option in
            let text = Self.escape(markup.inline(option.text))
            return single ? (option.correct ? "=" : "") + text : "%\(Self.fraction(option, of: options, single: false))%" + text
        }
        return "{\(weight):\(single ? "MULTICHOICE_V" : "MULTIRESPONSE_V"):\(answers.joined(separator: "~"))}"
    }

    /// An answer text inside `{…}`: Moodle reads `\` `}` `#` `~` `/` `"` there only escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\}#~/\"".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
