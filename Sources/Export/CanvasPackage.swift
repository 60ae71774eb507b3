import Bank
import Foundation
import Render
import Variants

/// `canvas-qti-1.2.zip`: a quiz as Canvas's "QTI .zip file" import reads it — the layout
/// text2qti writes: `imsmanifest.xml`, `<quiz>/<quiz>.xml` (QTI 1.2), `<quiz>/assessment_meta.xml`
/// (Canvas's quiz settings), and the figures under `figures/`, referenced through
/// `$IMS-CC-FILEBASE$` and listed in the manifest. Each exercise is a question group that picks
/// one of its variants; an exam's pool is one group picking `pick` of all its candidates' variants.
struct CanvasPackage {
    var selection: ExportSelection
    var pools: [QuestionPool]
    var course: Course

    static let figureFolder = "figures/"

    var quizIdentifier: String { XMLText.identifier("sitegen-" + selection.name) }

    func data() throws -> (zip: Data, diagnostics: [Diagnostic]) {
        let markup = ExportMarkup(math: TeXDelimitedMath(), figurePrefix: "%24IMS-CC-FILEBASE%24/" + Self.figureFolder, course: course)
        var diagnostics: [Diagnostic] = []
        var sections = ""
        var total = Points.zero
        for (number, slot) in selection.slots.enumerated() {
            let slotPools = slot.candidates.compactMap { exercise in pools.first { $0.exercise.id == exercise.id } }
            guard let first = slotPools.first else { continue }
            if slotPools.contains(where: { $0.points != first.points }) {
                diagnostics.append(.warning(at: nil, "pool \(number + 1) of `\(selection.name)` mixes exercises of different points; Canvas gives every question of a group the same points (\(first.points.spelledOut))"))
            }
            total = total + Points(halves: first.points.halves * min(slot.pick, slotPools.count))
            let title = slotPools.count == 1 ? "\(first.exercise.id): \(first.exercise.title)" : "Pool \(number + 1)"
            var items = ""
            for pool in slotPools {
                for variant in pool.variants {
                    let (rendered, found) = markup.render(variant.exercise)
                    diagnostics += found
                    items += CanvasItem(variant: variant, question: markup.questionText(rendered),
                                        grader: markup.graderText(rendered), gradable: gradable(rendered, markup)).xml()
                }
            }
            sections += """
                      <section ident="\(XMLText.identifier("group-\(number + 1)-" + first.exercise.id))" title="\(XMLText.escape(title))">
                        <selection_ordering>
                          <selection>
                            <selection_number>\(min(slot.pick, slotPools.flatMap(\.variants).count))</selection_number>
                            <selection_extension>
                              <points_per_item>\(first.points)</points_per_item>
                            </selection_extension>
                          </selection>
                        </selection_ordering>
                  \(items)      </section>

                """
        }
        let assessment = """
            <?xml version="1.0" encoding="UTF-8"?>
            <questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">
              <assessment ident="\(quizIdentifier)" title="\(XMLText.escape(selection.title))">
                <qtimetadata>
                  <qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield>
                </qtimetadata>
                <section ident="root_section">
            \(sections)    </section>
              </assessment>
            </questestinterop>

            """
        let figures = markup.figures.files
        var files: [(path: String, contents: Data)] = [
            ("imsmanifest.xml", Data(manifest(figures).utf8)),
            ("\(quizIdentifier)/\(quizIdentifier).xml", Data(assessment.utf8)),
            ("\(quizIdentifier)/assessment_meta.xml", Data(meta(points: total).utf8)),
        ]
        files += figures.map { (Self.figureFolder + $0.name, $0.contents) }
        return (try PackageZip.data(files), diagnostics)
    }

    /// The one machine-gradable part of an exercise that is only that (a cloze aside), with its
    /// question and its options as HTML.
    private func gradable(_ rendered: RenderedExercise, _ markup: ExportMarkup) -> (question: String, answer: PartAnswer, options: [String])? {
        guard rendered.parts.count == 1, let part = rendered.parts.first, part.part.kind != .open, part.part.kind != .cloze else { return nil }
        let answer = PartAnswer(part.part)
        let question = (rendered.stem ?? "") + "\n<h4>\(ExportMarkup.heading(part.part))</h4>\n" + part.question
        return (question, answer, (answer.options ?? []).map { markup.inline($0.text) })
    }

    /// Canvas's quiz settings: unpublished, one attempt, answers not shown.
    private func meta(points: Points) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz identifier="\(quizIdentifier)" xmlns="http://canvas.instructure.com/xsd/cccv1p0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://canvas.instructure.com/xsd/cccv1p0 https://canvas.instructure.com/xsd/cccv1p0.xsd">
          <title>\(XMLText.escape(selection.title))</title>
          <description></description>
          <shuffle_answers>false</shuffle_answers>
          <scoring_policy>keep_highest</scoring_policy>
          <hide_results></hide_results>
          <quiz_type>assignment</quiz_type>
          <points_possible>\(points)</points_possible>
          <show_correct_answers>false</show_correct_answers>
          <allowed_attempts>1</allowed_attempts>
          <one_question_at_a_time>false</one_question_at_a_time>
          <cant_go_back>false</cant_go_back>
          <available>false</available>
        </quiz>

        """
    }

    private func manifest(_ figures: [PackageFile]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="\(quizIdentifier)-manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">
              <metadata>
                <schema>IMS Content</schema>
                <schemaversion>1.1.3</schemaversion>
              </metadata>
              <organizations/>
              <resources>
                <resource identifier="\(quizIdentifier)" type="imsqti_xmlv1p2">
                  <file href="\(quizIdentifier)/\(quizIdentifier).xml"/>
                  <dependency identifierref="\(quizIdentifier)-meta"/>
                </resource>
                <resource identifier="\(quizIdentifier)-meta" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="\(quizIdentifier)/assessment_meta.xml">
                  <file href="\(quizIdentifier)/assessment_meta.xml"/>
                </resource>

            """
        for figure in figures {
            let path = Self.figureFolder + figure.name
            xml += "    <resource identifier=\"\(XMLText.identifier(figure.name))\" type=\"webcontent\" href=\"\(path)\">\n"
                + "      <file href=\"\(path)\"/>\n    </resource>\n"
        }
        return xml + "  </resources>\n</manifest>\n"
    }
}
