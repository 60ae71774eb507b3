import Bank
import Foundation
import Pipeline
import Testing
import Variants

/// `check --draws` on machine-gradable parts: options that coincide in some draws are failures
/// located at the option, and where the correct options land is counted per exercise and over an
/// exam's variants, with a chi-square flag for skew.
@Suite struct ChoiceCheckTests {
    /// With `n = 1` the distractor “counts only the last layer” (3) is the right answer.
    static func receptiveField(smallest: Int) -> String {
        """
        ---
        id: field
        title: Receptive field
        topic: t
        visibility: public
        solutions: public
        parameters:
          n: {integer: [\(smallest), 6], default: 3}
        derived:
          field: 1 + 2 * n
          with_pool: 2 + 2 * n
        ---

        ## (a) [1 point]

        Receptive field of [[n]] stacked $3 \\times 3$ layers?

        ### Choose one

        - [x] [[field]]
        - [ ] [[with_pool]] {misconception: adds the pooling window}
        - [ ] 3 {misconception: counts only the last layer}
        - [ ] [[2 * n]] {misconception: counts two pixels per layer}

        """
    }

    static let exam = """
        title: Quiz
        course: "1"
        date: 2026-03-02
        variants: 40
        seed: 5
        exercises:
          - id: field

        """

    static func builder(smallest: Int) throws -> SiteBuilder {
        let build = try TestBuild(bank: try InlineBank.write(["exercises/field.md": receptiveField(smallest: smallest),
                                                              "exams/quiz.yml": exam]))
        return SiteBuilder(options: build.options)
    }

    @Test func coincidingOptionsAreFailuresAtTheOption() throws {
        let report = try Self.builder(smallest: 1).drawMany(300)
        let field = try #require(report.exercises.first)
        #expect(field.hasFailed)
        // n is 1 in about one draw in six, and then only that pair coincides.
        #expect((20..<100).contains(field.failureCount))
        #expect(field.failures.count == 1)
        let diagnostic = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(diagnostic.location?.line == 22 && diagnostic.location?.column == 7)
        #expect(diagnostic.message == "\(field.failureCount) of 300 draws of `field` failed: part (a): the correct option and the distractor “counts only the last layer” both print `3`; change the parameters' ranges, add a constraint, or change a distractor")
    }

    @Test func positionsOfASoundExerciseAreBalanced() throws {
        let report = try Self.builder(smallest: 2).drawMany(400)
        let field = try #require(report.exercises.first)
        #expect(!field.hasFailed)
        #expect(field.positions.count == 400)
        #expect(field.positions.observed.count == 4)
        #expect(field.positions.observed.allSatisfy { (60...140).contains($0) })
        #expect(!field.positions.isSkewed)
        #expect(field.lines.contains { $0.hasPrefix("  correct option at: A ") })
        let exam = try #require(report.exams.first)
        #expect(exam.examID == "quiz" && exam.variants == 40 && exam.positions.count == 40)
        #expect(exam.line.hasPrefix("exam quiz: 40 variants, correct option at: A "))
        #expect(!report.diagnostics.contains { $0.severity == .error })
    }

    /// The test itself can fail: a correct answer always at A is flagged.
    @Test func aSkewedShuffleIsFlagged() {
        var positions = AnswerPositions()
        let options = (0..<4).map { PrintedOption(letter: PrintedOption.letter($0), text: "\($0)", correct: $0 == 0) }
        for _ in 0..<40 { positions.add(PartAnswer(kind: .singleChoice, options: options)) }
        #expect(positions.observed == [40, 0, 0, 0])
        #expect(positions.chiSquare == 120)
        #expect(positions.isSkewed)
        #expect(positions.summary == "A 40 · B 0 · C 0 · D 0, χ² = 120.00 (3 df): skewed (p < 0.01)")
    }
}
