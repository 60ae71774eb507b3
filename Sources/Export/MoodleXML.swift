import Bank
import Foundation

/// `moodle.xml`: Moodle's own question format, as `question/format/xml/format.php` imports it.
/// Each exercise is a category holding its variants as questions (`MoodleQuestion` chooses
/// each one's type), so that a quiz draws one per
/// student with "Add a random question" from that category; an exam's pool is a parent category
/// holding its candidates' categories. Formulas stay TeX between `\(` `\)` for Moodle's MathJax
/// filter; figures travel inside the file as base64 (`@@PLUGINFILE@@`).
struct MoodleXML {
    var selection: ExportSelection
    var pools: [QuestionPool]
    var course: Course

    static let figurePrefix = "@@PLUGINFILE@@/"

    func document() -> (xml: Data, diagnostics: [Diagnostic]) {
        let markup = ExportMarkup(math: TeXDelimitedMath(), figurePrefix: Self.figurePrefix, course: course)
        var diagnostics: [Diagnostic] = []
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
        let root = "$course$/top/" + Self.categoryName(selection.title)
        for (number, slot) in selection.slots.enumerated() {
            let parent = slot.candidates.count > 1 ? root + "/" + Self.categoryName("Pool \(number + 1): pick \(slot.pick)") : root
            for exercise in slot.candidates {
                guard let pool = pools.first(where: { $0.exercise.id == exercise.id }) else { continue }
                xml += category(parent + "/" + Self.categoryName(exercise.id), pool: pool)
                for variant in pool.variants {
                    let (rendered, found) = markup.render(variant.exercise)
                    diagnostics += found
                    xml += question(MoodleQuestion(variant: variant, rendered: rendered, markup: markup), points: pool.points,
                                    figures: markup.figures)
                }
            }
        }
        xml += "</quiz>\n"
        return (Data(xml.utf8), diagnostics)
    }

    /// A category's path part: `/` is written `//`, as Moodle reads it.
    static func categoryName(_ name: String) -> String {
        name.replacingOccurrences(of: "/", with: "//")
    }

    private func category(_ path: String, pool: QuestionPool) -> String {
        """
          <question type="category">
            <category><text>\(XMLText.escape(path))</text></category>
            <info format="html"><text>\(XMLText.escape("\(pool.exercise.title): \(pool.variants.count) variant(s), \(pool.points.spelledOut); draw one per student."))</text></info>
          </question>

        """
    }

    /// A question: the header every type has, the grader's notes (an essay's `graderinfo`, the
    /// general feedback of the others), then what its type adds.
    private func question(_ question: MoodleQuestion, points: Points, figures: FigureFiles) -> String {
        let (type, text, grader, elements) = question.body
        let essay = type == "essay"
        return """
              <question type="\(type)">
                <name><text>\(XMLText.escape(question.variant.name))</text></name>
                <questiontext format="html">
                  \(self.text(text, figures))
                </questiontext>
                <generalfeedback format="html">
                  \(essay ? "<text></text>" : self.text(grader, figures))
                </generalfeedback>
                <defaultgrade>\(points)</defaultgrade>
                <penalty>0</penalty>
                <hidden>0</hidden>
                <idnumber>\(XMLText.escape(question.variant.identifier))</idnumber>
            \(elements)\(essay ? graderInformation(grader, figures) : "")  </question>

            """
    }

    private func graderInformation(_ grader: String, _ figures: FigureFiles) -> String {
        """
            <graderinfo format="html">
              \(text(grader, figures))
            </graderinfo>
            <responsetemplate format="html"><text></text></responsetemplate>

        """
    }

    /// A text field: the HTML escaped, then each figure it shows as a base64 `<file>`.
    private func text(_ html: String, _ figures: FigureFiles) -> String {
        "<text>\(XMLText.escape(html))</text>" + figures.files(in: html).map { file in
            "\n      <file name=\"\(XMLText.escape(file.name))\" path=\"/\" encoding=\"base64\">\(file.contents.base64EncodedString())</file>"
        }.joined()
    }
}
