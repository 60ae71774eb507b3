/// One exercise variant as a Canvas QTI 1.2 item: an essay question worth the exercise's
/// points, the parts and their points in its text. Canvas has no field for graders only: the
/// model answers and rubrics are the question's general feedback (`general_fb`), which Canvas
/// shows students only where the quiz lets them see their responses.
struct CanvasItem {
    var variant: QuestionPool.Variant
    var question: String
    var grader: String

    func xml() -> String {
        let id = variant.identifier
        return """
                      <item ident="\(id)" title="\(XMLText.escape(variant.name))">
                        <itemmetadata>
                          <qtimetadata>
                            <qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>essay_question</fieldentry></qtimetadatafield>
                            <qtimetadatafield><fieldlabel>points_possible</fieldlabel><fieldentry>\(variant.exercise.points)</fieldentry></qtimetadatafield>
                            <qtimetadatafield><fieldlabel>original_answer_ids</fieldlabel><fieldentry></fieldentry></qtimetadatafield>
                            <qtimetadatafield><fieldlabel>assessment_question_identifierref</fieldlabel><fieldentry>\(id)-question</fieldentry></qtimetadatafield>
                          </qtimetadata>
                        </itemmetadata>
                        <presentation>
                          <material>
                            <mattext texttype="text/html">\(XMLText.escape(question))</mattext>
                          </material>
                          <response_str ident="response1" rcardinality="Single">
                            <render_fib>
                              <response_label ident="answer1" rshuffle="No"/>
                            </render_fib>
                          </response_str>
                        </presentation>
                        <resprocessing>
                          <outcomes>
                            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>
                          </outcomes>
                          <respcondition continue="Yes">
                            <conditionvar><other/></conditionvar>
                            <displayfeedback feedbacktype="Response" linkrefid="general_fb"/>
                          </respcondition>
                          <respcondition continue="No">
                            <conditionvar><other/></conditionvar>
                          </respcondition>
                        </resprocessing>
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
}
