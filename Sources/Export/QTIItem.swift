import Bank
import Render

/// One exercise variant as a QTI 2.1 `assessmentItem`: the stem, then each part with its own
/// interaction and its own score (`SCORE_a`, normal maximum its points), summed into `SCORE`.
/// Model answers and rubrics are a `rubricBlock` for the scorer, which candidates never see.
struct QTIItem {
    static let namespace = "http://www.imsglobal.org/xsd/imsqti_v2p1"
    static let schemaLocation = "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd"

    var variant: QuestionPool.Variant
    var rendered: RenderedExercise
    var content: QTIContent

    var identifier: String { variant.identifier }
    var path: String { "items/\(identifier).xml" }

    func xml() -> String {
        let parts = rendered.parts
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <assessmentItem xmlns="\(Self.namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(Self.schemaLocation)" identifier="\(identifier)" \
            title="\(XMLText.escape(variant.name))" adaptive="false" timeDependent="false">

            """
        for part in parts {
            xml += "  <responseDeclaration identifier=\"\(response(part.part))\" cardinality=\"single\" baseType=\"string\"/>\n"
        }
        for part in parts {
            xml += outcome(score(part.part), maximum: part.part.points)
        }
        xml += outcome("SCORE", maximum: variant.exercise.points)
        xml += "  <outcomeDeclaration identifier=\"MAXSCORE\" cardinality=\"single\" baseType=\"float\">"
            + "<defaultValue><value>\(variant.exercise.points)</value></defaultValue></outcomeDeclaration>\n"
        xml += "  <itemBody>\n"
        xml += "    <rubricBlock view=\"scorer\">\n" + content.xhtml(ExportMarkup.graderText(rendered)) + "\n    </rubricBlock>\n"
        if let stem = rendered.stem { xml += "    <div class=\"stem\">" + content.xhtml(stem) + "</div>\n" }
        for part in parts {
            xml += "    <div class=\"part\">" + content.xhtml("<h4>\(ExportMarkup.heading(part.part))</h4>\n" + part.question)
                + "<extendedTextInteraction responseIdentifier=\"\(response(part.part))\" expectedLines=\"10\"/></div>\n"
        }
        xml += "  </itemBody>\n"
        // Open parts are scored by a person, part by part; the item's score is their sum.
        xml += "  <responseProcessing>\n    <setOutcomeValue identifier=\"SCORE\"><sum>"
            + parts.map { "<variable identifier=\"\(score($0.part))\"/>" }.joined()
            + "</sum></setOutcomeValue>\n  </responseProcessing>\n"
        return xml + "</assessmentItem>\n"
    }

    private func response(_ part: Part) -> String { "RESPONSE_\(XMLText.identifier(part.label))" }
    private func score(_ part: Part) -> String { "SCORE_\(XMLText.identifier(part.label))" }

    private func outcome(_ identifier: String, maximum: Points) -> String {
        "  <outcomeDeclaration identifier=\"\(identifier)\" cardinality=\"single\" baseType=\"float\" normalMaximum=\"\(maximum)\">"
            + "<defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n"
    }
}
