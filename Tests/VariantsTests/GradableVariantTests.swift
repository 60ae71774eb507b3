import Bank
import Foundation
import Testing
@testable import Variants

/// Machine-gradable parts per variant: values filled in, options shuffled by the variant's seed
/// with pinned options in place, and the proof that stops a build whose distractor coincides.
struct GradableVariantTests {
    static let receptiveField = """
        parameters:
          n: {choose: [2, 3, 4], default: 3}
          pool: {choose: [2, 3], default: 2}
        derived:
          field: 1 + 2 * n
          with_pool: 1 + 2 * n + pool
        """

    static let choiceBody = """
        ## (a) [2 points]

        Receptive field of [[n]] layers?

        ### Choose one

        - [x] [[field]]
        - [ ] [[with_pool]] {misconception: adds the pooling size}
        - [ ] 3 {misconception: counts only the last layer}
        - [ ] none of the above {pinned}

        ## (b) [2 points]

        Field?

        ### Numeric answer

        [[field]] ± 0.5
        - [ ] [[with_pool]] {misconception: adds the pooling size}
        """

    @Test func optionsAreFilledShuffledAndPinned() throws {
        let exercise = try Support.exercise(Self.receptiveField, body: Self.choiceBody)
        var orders: Set<[String]> = []
        for seed: UInt64 in 1...40 {
            let variant = try Support.variant(exercise, seed: seed)
            let answer = variant.answers[0]
            let options = try #require(answer.options)
            #expect(options.map(\.letter) == ["A", "B", "C", "D"])
            #expect(options.last?.text == "none of the above" && options.last?.pinned == true)
            let field = try #require(variant.parameters["n"]?.number).advanced(by: 0) * 2 + 1
            #expect(options.filter(\.correct).map(\.text) == [ValueFormat.default.format(.number(field))])
            orders.insert(options.map(\.text))
            let numeric = try #require(variant.answers[1].numeric)
            #expect(numeric.value == field && numeric.minimum == field - 0.5 && numeric.maximum == field + 0.5)
            #expect(numeric.tolerance == ToleranceKey(.absolute(0.5)))
        }
        #expect(orders.count > 6)
    }

    @Test func theSameSeedGivesTheSameOrder() throws {
        let exercise = try Support.exercise(Self.receptiveField, body: Self.choiceBody)
        let first = try Support.variant(exercise, seed: 7).answers
        let again = try Support.variant(exercise, seed: 7).answers
        #expect(first == again)
    }

    /// With n = 1 the classic wrong answer “counts only the last layer” (3) is the right answer.
    @Test func aDistractorThatCoincidesStopsTheBuild() throws {
        let exercise = try Support.exercise("""
            parameters:
              n: {choose: [1, 2], default: 1}
              pool: {choose: [2], default: 2}
            derived:
              field: 1 + 2 * n
              with_pool: 1 + 2 * n + pool
            """, body: Self.choiceBody)
        do {
            _ = try Support.variant(exercise)
            Issue.record("the coinciding distractor was not found")
        } catch let error as VariantError {
            #expect(error.location.line == 21)
            #expect(error.description.hasPrefix("exercise `x`: part (a): the correct option and the distractor “counts only the last layer” both print `3`; "))
            #expect(error.description.hasSuffix("(parameters: field = 3, n = 1, pool = 2, with_pool = 5)"))
        }
    }

    @Test func aNumericDistractorWithinTheToleranceStopsTheBuild() throws {
        let exercise = try Support.exercise(Self.receptiveField, body: """
            ## (a) [2 points]

            Field?

            ### Numeric answer

            [[field]] ± 3
            - [ ] [[with_pool]] {misconception: adds the pooling size}
            """)
        do {
            _ = try Support.variant(exercise)
            Issue.record("the distractor within the tolerance was not found")
        } catch let error as VariantError {
            #expect(error.location.line == 20)
            #expect(error.message == "part (a): the wrong value 9.0 (“adds the pooling size”) lies within the tolerance of the answer 7.0 (accepted: 7.0 ± 3.0); a student making that mistake would be graded right — add a constraint or tighten the tolerance")
        }
    }

    @Test func clozeAndTrueFalseAnswers() throws {
        let exercise = try Support.exercise(Self.receptiveField, body: """
            ## (a) [2 points]

            The field is [__f__] and it [__trend__] with depth.

            ### Blanks

            - (f) [1 point] [[field]] (2 significant figures)
            - (trend) [1 point] [x] grows | [ ] shrinks

            ## (b) [1 point]

            Pooling has weights.

            ### True or false

            false
            """)
        let answers = try Support.variant(exercise).answers
        #expect(answers.map(\.kind) == [.cloze, .trueFalse])
        let blanks = try #require(answers[0].blanks)
        #expect(blanks.map(\.name) == ["f", "trend"])
        #expect(blanks[0].numeric?.value == 7 && blanks[0].numeric?.tolerance == ToleranceKey(.significantFigures(2)))
        #expect(blanks[0].numeric?.maximum == 7.05)
        #expect(blanks[1].options?.filter(\.correct).map(\.text) == ["grows"])
        #expect(answers[1].correctLetters == "B")
    }
}
