import Testing
@testable import Bank

/// A misspelt key is an error at its line, never ignored.
@Suite struct UnknownKeyTests {
    @Test func misspeltFrontMatterKeySuggestsTheKeyMeant() throws {
        let bank = Fixture("front-matter-misspelt-key")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/perceptron.md"),
                   "unknown key `titel` in exercise front matter; did you mean `title`?"),
        ])
    }

    @Test func frontMatterKeyLikeNoOtherListsTheAllowedKeys() throws {
        let bank = Fixture("front-matter-points-key")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/dropout.md"),
                   "unknown key `pionts` in exercise front matter (allowed: id, title, topic, tags, visibility, solutions, source, parameters, derived, constraints, model, compute, results, checks)"),
        ])
    }

    @Test func unknownCourseKey() throws {
        let bank = Fixture("course-unknown-key")
        try bank.expectDiagnostics([
            .error(at: bank.location("course.yml"), "unknown key `institute` in course.yml; did you mean `institution`?"),
        ])
    }

    @Test func unknownTopicKeyPointsAtTheKeyInsideTheList() throws {
        let bank = Fixture("topic-unknown-key")
        try bank.expectDiagnostics([
            .error(at: bank.location("course.yml", column: 5),
                   "unknown key `descripton` in `topics[1]`; did you mean `description`?"),
        ])
    }

    @Test func unknownExamKey() throws {
        let bank = Fixture("exam-unknown-key")
        try bank.expectDiagnostics([
            .error(at: bank.location("exams/midterm-2024-03-12.yml"),
                   "unknown key `instruction` in exam file; did you mean `instructions`?"),
        ])
    }

    @Test func unknownKeyInAnExamsExerciseEntry() throws {
        let bank = Fixture("exam-entry-unknown-key")
        try bank.expectDiagnostics([
            .error(at: bank.location("exams/midterm-2024-03-12.yml", column: 5),
                   "unknown key `titel` in `exercises[0]`; did you mean `title`?"),
        ])
    }
}
