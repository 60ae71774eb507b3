import Testing
@testable import Bank

/// Checks across files: ids, topics, the exercises an exam names and its total.
@Suite struct CrossReferenceTests {
    @Test func duplicateExerciseIDIsReportedAtTheSecondFile() throws {
        let bank = Fixture("duplicate-id")
        let id = try bank.location("exercises/single-layer.md")
        try bank.expectDiagnostics([
            .error(at: id, "duplicate exercise id `perceptron`; it is already used by exercises/perceptron.md"),
            .warning(at: id, "id `perceptron` differs from the file name `single-layer.md`; rename one so they match"),
        ])
    }

    @Test func examNamingAnUnknownExerciseSuggestsANearID() throws {
        let bank = Fixture("exam-unknown-exercise")
        try bank.expectDiagnostics([
            .error(at: bank.location("exams/midterm-2024-03-12.yml", column: 5),
                   "exam `midterm-2024-03-12` refers to unknown exercise `perceptrn`; did you mean `perceptron`?"),
        ])
    }

    @Test func declaredTotalThatThePartsDoNotSumTo() throws {
        let bank = Fixture("exam-total-mismatch")
        try bank.expectDiagnostics([
            .error(at: bank.location("exams/midterm-2024-03-12.yml"),
                   "exam `midterm-2024-03-12` declares a total of 7 points but its parts add up to 6.5 points"),
        ])
    }

    @Test func unknownTopicSuggestsANearSlug() throws {
        let bank = Fixture("unknown-topic")
        try bank.expectDiagnostics([
            .error(at: bank.location("exercises/dropout.md"),
                   "unknown topic `regularization`; course.yml lists `perceptrons`, `cnn`, `regularisation`; did you mean `regularisation`?"),
        ])
    }
}
