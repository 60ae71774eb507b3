import Testing
@testable import Bank

/// Values of the wrong kind, missing required keys and values outside the allowed set; the column
/// is the value's.
@Suite struct ValueTests {
    @Test func tagsThatAreNotAList() throws {
        let bank = Fixture("tags-not-a-list")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/perceptron.md", column: 7),
                   "`tags` should be a list, such as `[a, b]` or lines starting with `- `"),
        ])
    }

    @Test func releasedThatIsNotTrueOrFalse() throws {
        let bank = Fixture("released-not-true-or-false")
        try bank.expectDiagnostics([
            .error(at: bank.location("exams/midterm-2024-03-12.yml", column: 11), "`released` should be `true` or `false`"),
        ])
    }

    @Test func durationThatIsNotANumber() throws {
        let bank = Fixture("duration-not-a-number")
        try bank.expectDiagnostics([
            .error(at: bank.location("exams/midterm-2024-03-12.yml", column: 11), "`duration` should be a whole number"),
        ])
    }

    /// Reported at the first line of the front matter, where the key belongs.
    @Test func exerciseWithoutTitle() throws {
        let bank = Fixture("exercise-without-title")
        try bank.expectDiagnostics([
            .error(at: BankLocation(file: "exercises/dropout.md", line: 2),
                   "missing required key `title` in exercise front matter"),
        ])
    }

    @Test func examWithoutDate() throws {
        let bank = Fixture("exam-without-date")
        try bank.expectDiagnostics([
            .error(at: BankLocation(file: "exams/midterm-2024-03-12.yml", line: 1), "missing required key `date` in exam file"),
        ])
    }

    @Test func idThatIsNotASlug() throws {
        let bank = Fixture("id-not-a-slug")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/dropout.md", column: 5),
                   "`id` must be lowercase letters, digits and hyphens, got `My Exercise`"),
        ])
    }

    @Test func dateThatIsNotInTheCalendar() throws {
        let bank = Fixture("date-not-in-calendar")
        try bank.expectDiagnostics([
            .error(at: bank.location("exams/midterm-2024-03-12.yml", column: 7),
                   "`date` 2019-02-30 does not exist: February 2019 has 28 days"),
        ])
    }

    @Test func visibilityOutsideTheAllowedValues() throws {
        let bank = Fixture("visibility-unknown")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/dropout.md", column: 13),
                   "`visibility` must be one of `public`, `private`, got `hidden`"),
        ])
    }

    /// The parser notices the unclosed `[` on the next line; the message names the line it opened on.
    @Test func invalidYAMLSyntaxInFrontMatter() throws {
        let bank = Fixture("front-matter-invalid-yaml")
        let opened = try bank.location("exercises/perceptron.md", lineContaining: "tags: [")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/perceptron.md", lineContaining: "visibility:", column: 11),
                   "invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts on line \(opened.line))"),
        ])
    }
}
