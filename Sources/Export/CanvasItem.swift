import Variants

/// One exercise variant as a Canvas QTI 1.2 item. An exercise of one machine-gradable part
/// (not a cloze) is Canvas's own kind: `numerical_question` accepting the part's interval,
/// `multiple_choice_question`, `multiple_answers_question` (all or nothing) or
/// `true_false_question`. Any other exercise is an `essay_question` worth its points, the parts and
/// their points in its text, graded by hand. Canvas has no field for graders only: the model
/// answers, keys and rubrics are the question's general feedback (`general_fb`), which Canvas
/// shows students only where the quiz lets them see their responses.
struct CanvasItem {
    var variant: QuestionPool.Variant
    /// The whole exercise as one text (for an essay).
    var question: String
    var grader: String
    /// The one machine-gradable part, when the exercise is just that: its text and key.
    var gradable: (question: String, answer: PartAnswer, options: [String])?

    func xml() -> String {
        let id = variant.identifier
        let type: String
        let presentation: String
        let scoring: String
        if let gradable, let numeric = gradable.answer.numeric {
            type = "numerical_question"
            presentation = material(gradable.question) + """
                          <response_str ident="response1" rcardinality="Single">
                            <render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib>
                          </response_str>

                """
            scoring = """
                          <respcondition continue="No">
                            <conditionvar>
                              <vargte respident="response1">\(numeric.minimum)</vargte>
                              <varlte respident="response1">\(numeric.maximum)</varlte>
                            </conditionvar>
                            <setvar action="Set" varname="SCORE">100</setvar>
                          </respcondition>

                """
        } else if let gradable, let options = gradable.answer.options {
            let several = gradable.answer.kind == .multipleChoice
            type = several ? "multiple_answers_question" : gradable.answer.kind == .trueFalse ? "true_false_question" : "multiple_choice_question"
            let labels = zip(options, gradable.options).map { option, html in
                "              <response_label ident=\"\(id)-\(option.letter)\"><material><mattext texttype=\"text/html\">\(XMLText.escape(html))</mattext></material></response_label>\n"
            }.joined()
            presentation = material(gradable.question) + """
                          <response_lid ident="response1" rcardinality="\(several ? "Multiple" : "Single")">
                            <render_choice>
                \(labels)            </render_choice>
                          </response_lid>

                """
            // All or nothing: every correct option ticked, no wrong one.
            let conditions = options.map { option in
                option.correct ? "<varequal respident=\"response1\">\(id)-\(option.letter)</varequal>"
                    : several ? "<not><varequal respident=\"response1\">\(id)-\(option.letter)</varequal></not>" : ""
            }.joined()
            scoring = """
                          <respcondition continue="No">
                            <conditionvar>\(several ? "<and>\(conditions)</and>" : conditions)</conditionvar>
                            <setvar action="Set" varname="SCORE">100</setvar>
                          </respcondition>

                """
        } else {
            type = "essay_question"
            presentation = material(question) + """
                          <response_str ident="response1" rcardinality="Single">
                            <render_fib><response_label ident="answer1" rshuffle="No"/></render_fib>
                          </response_str>

                """
            scoring = """
                          <respcondition continue="No">
                            <conditionvar><other/></conditionvar>
                          </respcondition>

                """
        }
        return """
                      <item ident="\(id)" title="\(XMLText.escape(variant.name))">
                        <itemmetadata>
                          <qtimetadata>
                            <qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>\(type)</fieldentry></qtimetadatafield>
                            <qtimetadatafield><fieldlabel>points_possible</fieldlabel><fieldentry>\(variant.exercise.points)</fieldentry></qtimetadatafield>
                            <qtimetadatafield><fieldlabel>original_answer_ids</fieldlabel><fieldentry></fieldentry></qtimetadatafield>
                            <qtimetadatafield><fieldlabel>assessment_question_identifierref</fieldlabel><fieldentry>\(id)-question</fieldentry></qtimetadatafield>
                          </qtimetadata>
                        </itemmetadata>
                        <presentation>
            \(presentation)            </presentation>
                        <resprocessing>
                          <outcomes>
                            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>
                          </outcomes>
                          <respcondition continue="Yes">
                            <conditionvar><other/></conditionvar>
                            <displayfeedback feedbacktype="Response" linkrefid="general_fb"/>
                          </respcondition>
            \(scoring)            </resprocessing>
                        <itemfeedback ident="general_fb">
                          <flow_mat>
                            <material>
                              <mattext texttype="text/html">\(XMLText.escape(grader))</mattext>
                            </material>
                          </flow_mat>
                        </itemfeedback>
                      </item>

            """
    }

    private func material(_ html: String) -> String {
        "              <material>\n                <mattext texttype=\"text/html\">\(XMLText.escape(html))</mattext>\n              </material>\n"
    }
}
