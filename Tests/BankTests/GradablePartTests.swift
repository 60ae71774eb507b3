import Testing
@testable import Bank

/// Machine-gradable parts in the Markdown body: choice task lists, true-or-false, numeric values
/// with tolerances, cloze blanks — and every mistake in them reported at its line and column.
@Suite struct GradablePartTests {
    /// The parts and problems of `body`, an exercise body starting on line 1 of `x.md`.
    func parse(_ body: String) -> (parts: [Part], problems: [String]) {
        var reader = ExerciseBody(path: "x.md", lines: SourceLines(body), firstLine: 1)
        let parts = reader.parse().parts
        return (parts, reader.diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" })
    }

    @Test func singleChoiceWithPinnedOptionAndMisconceptions() throws {
        let (parts, problems) = parse("""
            ## (a) [2 points] Receptive field

            What is the receptive field?

            ### Choose one

            - [x] $[[field]] \\times [[field]]$
            - [ ] $[[k]] \\times [[k]]$ {misconception: counts only the last layer}
            - [ ] None of the above {pinned}

            ### Explanation

            Each layer adds 2.
            """)
        #expect(problems == [])
        let part = try #require(parts.first)
        #expect(part.kind == .singleChoice)
        guard case .choice(let choice) = part.gradable else { Issue.record("not a choice"); return }
        #expect(choice.options.map(\.text.text) == ["$[[field]] \\times [[field]]$", "$[[k]] \\times [[k]]$", "None of the above"])
        #expect(choice.options.map(\.isCorrect) == [true, false, false])
        #expect(choice.options.map(\.isPinned) == [false, false, true])
        #expect(choice.options[1].misconception == "counts only the last layer")
        #expect(choice.options[1].text.location.line == 8 && choice.options[1].text.location.column == 7)
        #expect(part.explanation?.text == "Each layer adds 2.")
        #expect(part.rubric.isEmpty)
    }

    @Test func multipleChoiceTrueFalseAndNumeric() throws {
        let (parts, problems) = parse("""
            ## (a) [1 point]

            Which are activation functions?

            ### Choose all that apply

            - [x] ReLU
            - [x] tanh
            - [ ] dropout {misconception: confuses regularisation with activation}

            ## (b) [1 point]

            Max pooling has parameters.

            ### True or false

            false

            ## (c) [2 points]

            Output size?

            ### Numeric answer

            [[out]] ± 0.5
            - [ ] [[out_nopad]] {misconception: forgets the padding}

            ## (d) [1 point]

            Loss?

            ### Numeric answer

            [[loss:.3f]] (3 significant figures)

            ## (e) [1 point]

            Share?

            ### Numeric answer

            0.25 ± 2%
            """)
        #expect(problems == [])
        #expect(parts.map(\.kind) == [.multipleChoice, .trueFalse, .numeric, .numeric, .numeric])
        #expect(parts[1].gradable == .trueFalse(false))
        guard case .numeric(let out) = parts[2].gradable, case .numeric(let loss) = parts[3].gradable,
              case .numeric(let share) = parts[4].gradable else { Issue.record("not numeric"); return }
        #expect(out.value.text == "[[out]]" && out.tolerance == .absolute(0.5))
        #expect(out.distractors.map(\.misconception) == ["forgets the padding"])
        #expect(loss.tolerance == .significantFigures(3))
        #expect(share.value.text == "0.25" && share.tolerance == .relative(0.02))
    }

    @Test func clozeWithNumericAndChoiceBlanks() throws {
        let (parts, problems) = parse("""
            ## (a) [3 points] Forward pass

            The pre-activation is [__z__], after the ReLU it is [__h__], and the gradient [__trend__].

            ### Blanks

            - (z) [1 point] [[z]] ± 0.01
            - (h) [1 point] [[h]] ± 0.01
            - (trend) [1 point] [x] vanishes | [ ] explodes
            """)
        #expect(problems == [])
        guard case .cloze(let blanks) = parts.first?.gradable else { Issue.record("not a cloze"); return }
        #expect(blanks.map(\.name) == ["z", "h", "trend"])
        #expect(blanks.map(\.points) == [Points(1), Points(1), Points(1)])
        guard case .choice(let trend) = blanks[2].answer else { Issue.record("not a choice blank"); return }
        #expect(trend.options.map(\.text.text) == ["vanishes", "explodes"])
        #expect(trend.options.map(\.isCorrect) == [true, false])
    }

    @Test func choiceMistakesAtTheirPlace() {
        let (_, problems) = parse("""
            ## (a) [1 point]

            Q?

            ### Choose one

            - [x] one
            - [x] two
            - [ ] three {pined}
            - [y] four

            ## (b) [1 point]

            Q?

            ### Choose all that apply

            - [ ] one
            - [ ] two
            """)
        #expect(problems == [
            "9:13: unknown option declaration `{pined}`; an option may end with `{pinned}` or `{misconception: …}`; did you mean `pinned`?",
            "10:1: an option is a task-list item, `- [x] right` or `- [ ] wrong`; the box holds `x` or a space, not `y`",
            "16:1: the multiple-choice part (b) has no correct option; mark it `- [x]`",
        ])
    }

    @Test func singleChoiceWithTwoCorrectOptions() {
        let (_, problems) = parse("""
            ## (a) [1 point]

            Q?

            ### Choose one

            - [x] one
            - [x] two
            """)
        #expect(problems == ["8:1: the single-choice part (a) marks 2 options correct; keep one `- [x]`, or declare `### Choose all that apply`"])
    }

    @Test func contradictoryAndMisplacedSections() {
        let (_, problems) = parse("""
            ## (a) [1 point]

            Q?

            ### Choose one

            - [x] one
            - [ ] two

            ### Numeric answer

            3

            ## (b) [1 point]

            Q?

            ### Numeric answer

            3

            ### Rubric

            - [1 point] three
            """)
        #expect(problems == [
            "10:1: part (a) declares two kinds, `### Choose one` and `### Numeric answer`; a part is one kind (use `### Blanks` for several answers in one part)",
            "14:1: part (b) is numeric and has `### Rubric`; its points go to the right response, so write the reasoning under `### Explanation` instead",
        ])
    }

    @Test func badTolerances() {
        let (_, problems) = parse("""
            ## (a) [1 point]

            Q?

            ### Numeric answer

            [[x]] ± -1

            ## (b) [1 point]

            Q?

            ### Numeric answer

            [[x]] (0 significant figures)

            ## (c) [1 point]

            Q?

            ### Numeric answer

            [[x]] ± 150%

            ## (d) [1 point]

            Q?

            ### Numeric answer

            about [[x]]
            """)
        #expect(problems == [
            "7:7: the tolerance `± -1` is not a number ≥ 0; write `[[value]] ± 0.01`, `[[value]] ± 2%` or `[[value]] (3 significant figures)`",
            "15:7: `(0 significant figures)`: significant figures are a whole number from 1 to 15",
            "23:7: a relative tolerance of `± 150%` accepts any answer of the right sign; use less than 100%",
            "31:1: a numeric answer starts with its value, `[[name]]` or a number, such as `[[value]] ± 0.01`, `[[value]] ± 2%` or `[[value]] (3 significant figures)`; got `about [[x]]`",
        ])
    }

    @Test func clozeBlanksThatDoNotMatchTheQuestionOrThePoints() {
        let (_, problems) = parse("""
            ## (a) [3 points]

            The value is [__z__] and [__h__].

            ### Blanks

            - (z) [1 point] [[z]] ± 0.01
            - (y) [1 point] [[y]]

            ## (b) [3 points]

            The value is [__z__].

            ### Blanks

            - (z) [2 points] [[z]] ± 0.01
            """)
        #expect(problems == [
            "5:1: the question of part (a) has the blank `[__h__]` but `### Blanks` has no line `- (h) [1 point] …`",
            "8:1: blank (y) is not in the question of part (a); write `[__y__]` where the student fills it in",
            "14:1: the blanks of part (b) give 2 points but the part is worth 3 points",
        ])
    }

    @Test func significantFiguresToleranceWidth() {
        #expect(Tolerance.significantFigures(3).width(around: 0.6931) == 0.0005)
        #expect(Tolerance.significantFigures(2).width(around: 1234) == 50)
        #expect(Tolerance.significantFigures(3).accepts(0.693, for: 0.69314718))
        #expect(!Tolerance.significantFigures(3).accepts(0.694, for: 0.69314718))
        #expect(Tolerance.relative(0.02).accepts(1.02, for: 1))
        #expect(!Tolerance.absolute(0.01).accepts(1.02, for: 1))
    }
}
