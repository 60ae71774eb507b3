import Testing
@testable import Bank

/// The Markdown body: part headings, their `### Answer` and `### Rubric`, and rubric points.
/// Markdown lines cannot carry a marker comment, so they are found by their text.
@Suite struct ExerciseBodyTests {
    @Test func rubricPointsThatDoNotAddUpToThePart() throws {
        let bank = Fixture("rubric-sum-mismatch")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/perceptron.md", lineContaining: "### Rubric", after: "## (b)"),
                   "the rubric of part (b) gives 1.5 points but the part is worth 2 points"),
        ])
    }

    /// One error for the heading: its sections and the next part's label are not reported again.
    @Test func malformedPartHeading() throws {
        let bank = Fixture("part-heading-malformed")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/perceptron.md", lineContaining: "## (a) 1.5 points"),
                   "a `##` heading starts a part and reads `## (a) [2 points]`, optionally followed by a title; got `## (a) 1.5 points`"),
        ])
    }

    @Test func partLabelsThatSkipALetter() throws {
        let bank = Fixture("part-labels-skip")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/perceptron.md", lineContaining: "## (c)"),
                   "part (c) should be (b): parts are lettered a, b, c … in order"),
        ])
    }

    @Test func partWithoutAnswer() throws {
        let bank = Fixture("part-without-answer")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/dropout.md", lineContaining: "## (a)"),
                   "part (a) has no model answer; add `### Answer` followed by the worked solution"),
        ])
    }

    @Test func partWithoutRubric() throws {
        let bank = Fixture("part-without-rubric")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/dropout.md", lineContaining: "## (a)"),
                   "part (a) has no rubric; add `### Rubric` with items such as `- [1 point] names the chain rule`"),
        ])
    }

    /// `### Solution` is read as the answer it was meant to be, so the part reports nothing else.
    @Test func solutionSectionSuggestsAnswer() throws {
        let bank = Fixture("part-solution-section")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/dropout.md", lineContaining: "### Solution"),
                   "unknown section `### Solution` in part (a); a part has `### Answer` and `### Rubric`; did you mean `### Answer`?"),
        ])
    }

    @Test func answerAfterRubric() throws {
        let bank = Fixture("part-sections-out-of-order")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/dropout.md", lineContaining: "### Answer"),
                   "part (a) has `### Answer` after `### Rubric`; write the question, then `### Answer`, then `### Rubric`"),
        ])
    }

    @Test func quarterPointsInAPartHeading() throws {
        let bank = Fixture("part-quarter-points")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/dropout.md", lineContaining: "## (a)"),
                   "part (a) is worth `1.25` points; points are a positive whole or half number, such as `2` or `1.5`"),
        ])
    }

    @Test func frontMatterNeverClosed() throws {
        let bank = Fixture("front-matter-not-closed")
        try bank.expectDiagnostics([
            .error(at: BankLocation(file: "exercises/dropout.md", line: 1),
                   "the front matter opened on line 1 is never closed; add a line `---` after it"),
        ])
    }
}
