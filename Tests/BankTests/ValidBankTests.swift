import Testing
@testable import Bank

@Suite struct ValidBankTests {
    let bank: Bank

    init() throws { bank = try Fixture("valid").load() }

    @Test func loadsAndValidatesWithoutAnyDiagnostic() throws {
        #expect(try Fixture("valid").diagnostics() == [])
    }

    @Test func countsTopicsExercisesAndExams() {
        #expect(bank.course.code == "NN101")
        #expect(bank.course.topics.map(\.slug) == ["perceptrons", "cnn", "regularisation"])
        #expect(bank.exercises.map(\.id) == ["perceptron", "convolution", "dropout"], "by topic order, then id")
        #expect(bank.exams.map(\.id) == ["midterm-2024-03-12"])
        #expect(bank.exercises.map { $0.parts.count } == [2, 1, 1])
    }

    @Test func readsTheExerciseStemPartsAndRubric() throws {
        let perceptron = try #require(bank.exercise("perceptron"))
        #expect(perceptron.stem?.text == "A perceptron computes $y = \\mathbb{1}[w^\\top x + b \\ge 0]$.")
        #expect(perceptron.stem?.location == BankLocation(file: "exercises/perceptron.md", line: 11))
        #expect(perceptron.parts.map(\.label) == ["a", "b"])
        #expect(perceptron.parts.map(\.title) == [nil, "Training"])
        #expect(perceptron.parts.map(\.points) == [Points(halves: 3), Points(2)])
        #expect(perceptron.parts[0].rubric.map(\.points) == [Points(1), Points(halves: 1)])
        #expect(perceptron.parts[0].answer.text == "Every linearly separable one: all except XOR and XNOR.")
        #expect(perceptron.points == Points(halves: 7))
        #expect(perceptron.metadata.tags == ["threshold units", "linear separability"])
    }

    @Test func readsTheExamWithATitleOverride() throws {
        let exam = try #require(bank.exams.first)
        #expect(exam.date == ExamDate(iso: "2024-03-12"))
        #expect(exam.released && exam.duration == 120 && exam.time == "13:45-15:45")
        #expect(exam.declaredTotal == Points(halves: 13))
        #expect(bank.exercises(of: exam).map(\.title) == ["Perceptrons", "Convolution Layers"])
    }

    /// The `##` line inside the fenced code block is part of the question, not a second part.
    @Test func headingInsideAFencedCodeBlockIsNotAPart() throws {
        let convolution = try #require(bank.exercise("convolution"))
        #expect(convolution.parts.map(\.label) == ["a"])
        #expect(convolution.parts[0].question.text.contains("## this comment is code, not a part"))
    }

    @Test func visibilityAndSolutions() throws {
        #expect(bank.exercises.map(\.isPublic) == [true, true, false])
        #expect(bank.exercises.map(\.showsSolutions) == [true, false, false])
    }
}
