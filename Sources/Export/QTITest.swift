/// `test.xml`: the QTI 2.1 `assessmentTest`. One section per exercise selects one of its
/// variants, so each candidate draws one; an exam's pool is a section selecting `pick` of the
/// sections of its exercises. The test's score is the sum of its items' scores.
struct QTITest {
    var selection: ExportSelection
    /// The items of each exercise, by exercise id.
    var items: [String: [QTIItem]]

    func xml() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <assessmentTest xmlns="\(QTIItem.namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(QTIItem.schemaLocation)" identifier="\(XMLText.identifier("test-" + selection.name))" \
            title="\(XMLText.escape(selection.title))">
              <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
              <testPart identifier="P1" navigationMode="nonlinear" submissionMode="simultaneous">

            """
        for (number, slot) in selection.slots.enumerated() {
            if slot.candidates.count > 1 {
                xml += "    <assessmentSection identifier=\"pool-\(number + 1)\" title=\"Pool \(number + 1)\" visible=\"false\">\n"
                xml += "      <selection select=\"\(slot.pick)\"/>\n"
                for exercise in slot.candidates { xml += section(exercise.id, title: exercise.title, indent: "      ") }
                xml += "    </assessmentSection>\n"
            } else if let exercise = slot.candidates.first {
                xml += section(exercise.id, title: exercise.title, indent: "    ")
            }
        }
        xml += """
              </testPart>
              <outcomeProcessing>
                <setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue>
              </outcomeProcessing>
            </assessmentTest>

            """
        return xml
    }

    private func section(_ id: String, title: String, indent: String) -> String {
        guard let variants = items[id], !variants.isEmpty else { return "" }
        var xml = "\(indent)<assessmentSection identifier=\"\(XMLText.identifier("section-" + id))\" title=\"\(XMLText.escape(title))\" visible=\"true\">\n"
        xml += "\(indent)  <selection select=\"1\"/>\n"
        for item in variants {
            xml += "\(indent)  <assessmentItemRef identifier=\"\(item.identifier)\" href=\"\(item.path)\"/>\n"
        }
        return xml + "\(indent)</assessmentSection>\n"
    }
}
