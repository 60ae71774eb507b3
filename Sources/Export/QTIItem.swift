import Bank
import Render
import Variants

/// One exercise variant as a QTI 2.1 `assessmentItem`: the stem, then each part with its own
/// interactions and its own score (`SCORE_a`, normal maximum its points), summed into `SCORE`.
/// Open parts are an `extendedTextInteraction` scored by a person; a choice is a
/// `choiceInteraction` (all or nothing); a number a `textEntryInteraction` of base type float
/// accepted within its interval; a cloze an inline interaction per blank. Model answers, keys and
/// rubrics are a `rubricBlock` for the scorer, which candidates never see.
struct QTIItem {
    static let namespace = "http://www.imsglobal.org/xsd/imsqti_v2p1"
    static let schemaLocation = "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd"

    var variant: QuestionPool.Variant
    var rendered: RenderedExercise
    var content: QTIContent
    var markup: ExportMarkup

    var identifier: String { variant.identifier }
    var path: String { "items/\(identifier).xml" }

    /// One response of the item: what it declares and how it is scored.
    private struct Response {
        var identifier: String
        var declaration: String
        /// The response condition that scores it into `score`, nil for a person to score.
        var processing: String?
    }

    func xml() -> String {
        var responses: [Response] = []
        var body = ""
        for part in rendered.parts {
            let (html, found) = interactions(part)
            body += "    <div class=\"part\">" + html + "</div>\n"
            responses += found
        }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <assessmentItem xmlns="\(Self.namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="\(Self.schemaLocation)" identifier="\(identifier)" \
            title="\(XMLText.escape(variant.name))" adaptive="false" timeDependent="false">

            """
        xml += responses.map { "  " + $0.declaration + "\n" }.joined()
        for part in rendered.parts { xml += outcome(score(part.part), maximum: part.part.points) }
        xml += outcome("SCORE", maximum: variant.exercise.points)
        xml += "  <outcomeDeclaration identifier=\"MAXSCORE\" cardinality=\"single\" baseType=\"float\">"
            + "<defaultValue><value>\(variant.exercise.points)</value></defaultValue></outcomeDeclaration>\n"
        xml += "  <itemBody>\n"
        xml += "    <rubricBlock view=\"scorer\">\n" + content.xhtml(markup.graderText(rendered)) + "\n    </rubricBlock>\n"
        if let stem = rendered.stem { xml += "    <div class=\"stem\">" + content.xhtml(stem) + "</div>\n" }
        xml += body + "  </itemBody>\n"
        // Each machine-gradable response adds its points to its part's score; open parts are
        // scored by a person. The item's score is the sum of its parts'.
        xml += "  <responseProcessing>\n"
        xml += responses.compactMap(\.processing).map { "    " + $0 + "\n" }.joined()
        xml += "    <setOutcomeValue identifier=\"SCORE\"><sum>"
            + rendered.parts.map { "<variable identifier=\"\(score($0.part))\"/>" }.joined()
            + "</sum></setOutcomeValue>\n  </responseProcessing>\n"
        return xml + "</assessmentItem>\n"
    }

    /// The part's heading, question and interactions as QTI XHTML, with their responses.
    private func interactions(_ part: RenderedPart) -> (String, [Response]) {
        let label = XMLText.identifier(part.part.label)
        let heading = "<h4>\(ExportMarkup.heading(part.part))</h4>\n"
        let answer = PartAnswer(part.part)
        let points = part.part.points
        switch part.part.gradable {
        case nil:
            let id = "RESPONSE_\(label)"
            return (content.xhtml(heading + part.question) + "<extendedTextInteraction responseIdentifier=\"\(id)\" expectedLines=\"10\"/>",
                    [Response(identifier: id, declaration: "<responseDeclaration identifier=\"\(id)\" cardinality=\"single\" baseType=\"string\"/>", processing: nil)])
        case .numeric:
            let id = "RESPONSE_\(label)"
            let response = numeric(id, answer.numeric!, points: points, score: score(part.part))
            return (content.xhtml(heading + part.question) + "<p><textEntryInteraction responseIdentifier=\"\(id)\" expectedLength=\"12\"/></p>", [response])
        case .cloze(let blanks):
            var responses: [Response] = []
            var html = content.xhtml(heading + part.question)
            for (index, blank) in blanks.enumerated() {
                let id = "RESPONSE_\(label)_\(XMLText.identifier(blank.name))"
                let key = answer.blanks?.first { $0.name == blank.name }
                let box: String
                if let numeric = key?.numeric {
                    responses.append(self.numeric(id, numeric, points: blank.points, score: score(part.part)))
                    box = "<textEntryInteraction responseIdentifier=\"\(id)\" expectedLength=\"8\"/>"
                } else {
                    let options = key?.options ?? []
                    responses.append(choice(id, options, single: true, points: blank.points, score: score(part.part)))
                    // An inline choice holds text only: its options as written, TeX and all.
                    box = "<inlineChoiceInteraction responseIdentifier=\"\(id)\" shuffle=\"false\">"
                        + options.map { "<inlineChoice identifier=\"\(choiceIdentifier($0))\">\(XMLText.escape($0.text))</inlineChoice>" }.joined()
                        + "</inlineChoiceInteraction>"
                }
                html = html.replacingOccurrences(of: GradedPart.token(index), with: box)
            }
            return (html, responses)
        default:
            let id = "RESPONSE_\(label)"
            let options = answer.options ?? []
            let single = part.part.kind != .multipleChoice
            let choices = options.map { option in
                "<simpleChoice identifier=\"\(choiceIdentifier(option))\">\(content.xhtml(markup.inline(option.text)))</simpleChoice>"
            }.joined()
            return (content.xhtml(heading + part.question)
                        + "<choiceInteraction responseIdentifier=\"\(id)\" shuffle=\"false\" maxChoices=\"\(single ? 1 : 0)\">\(choices)</choiceInteraction>",
                    [choice(id, options, single: single, points: points, score: score(part.part))])
        }
    }

    private func choiceIdentifier(_ option: PrintedOption) -> String { "choice_\(option.letter)" }

    /// A choice scored all or nothing: the set of ticked options must be the set of correct ones.
    private func choice(_ id: String, _ options: [PrintedOption], single: Bool, points: Points, score: String) -> Response {
        let correct = options.filter(\.correct).map { "<value>\(choiceIdentifier($0))</value>" }.joined()
        return Response(
            identifier: id,
            declaration: "<responseDeclaration identifier=\"\(id)\" cardinality=\"\(single ? "single" : "multiple")\" baseType=\"identifier\">"
                + "<correctResponse>\(correct)</correctResponse></responseDeclaration>",
            processing: "<responseCondition><responseIf><match><variable identifier=\"\(id)\"/><correct identifier=\"\(id)\"/></match>"
                + add(points, to: score) + "</responseIf></responseCondition>")
    }

    /// A number accepted from the key's minimum to its maximum, both included.
    private func numeric(_ id: String, _ key: NumericKey, points: Points, score: String) -> Response {
        Response(
            identifier: id,
            declaration: "<responseDeclaration identifier=\"\(id)\" cardinality=\"single\" baseType=\"float\">"
                + "<correctResponse><value>\(key.value)</value></correctResponse></responseDeclaration>",
            processing: "<responseCondition><responseIf><and>"
                + "<gte><variable identifier=\"\(id)\"/><baseValue baseType=\"float\">\(key.minimum)</baseValue></gte>"
                + "<lte><variable identifier=\"\(id)\"/><baseValue baseType=\"float\">\(key.maximum)</baseValue></lte>"
                + "</and>" + add(points, to: score) + "</responseIf></responseCondition>")
    }

    private func add(_ points: Points, to score: String) -> String {
        "<setOutcomeValue identifier=\"\(score)\"><sum><variable identifier=\"\(score)\"/>"
            + "<baseValue baseType=\"float\">\(points)</baseValue></sum></setOutcomeValue>"
    }

    private func score(_ part: Part) -> String { "SCORE_\(XMLText.identifier(part.label))" }

    private func outcome(_ identifier: String, maximum: Points) -> String {
        "  <outcomeDeclaration identifier=\"\(identifier)\" cardinality=\"single\" baseType=\"float\" normalMaximum=\"\(maximum)\">"
            + "<defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n"
    }
}
