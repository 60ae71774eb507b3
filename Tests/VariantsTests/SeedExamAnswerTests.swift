import Bank
import Testing
@testable import Variants

/// The 2019 exam's computable answers, computed from the bank by the engine, equal the known facts.
struct SeedExamAnswerTests {
    func asWritten(_ id: String) throws -> ExerciseVariant {
        let bank = try Support.realBank()
        return try Support.variant(try #require(bank.exercise(id)))
    }

    @Test func receptiveFieldOfExercise2a() throws {
        let variant = try asWritten("cnn-2019")
        #expect(variant.computed["field"] == .number(5))
        #expect(variant.computed["conv_parameters"] == .number(896))
        #expect(variant.computed["conv_shape"] == .vector([32, 256, 256]))
        let question = variant.exercise.parts[0].question.text
        #expect(question.contains("RGB image of size $256 \\times 256$"))
        #expect(question.contains("32 feature maps and filters of size $3 \\times 3$"))
        #expect(question.contains("pooling groups of size $3 \\times 3$"))
        #expect(variant.exercise.parts[0].answer.text.contains("**$5 \\times 5$**"))
    }

    @Test func variantsOfExercise2aAreComputedAndDiffer() throws {
        let bank = try Support.realBank()
        let exercise = try #require(bank.exercise("cnn-2019"))
        var fields: Set<Double> = []
        for seed in 1...40 as ClosedRange<UInt64> {
            let variant = try Support.variant(exercise, seed: seed)
            let kernel = try #require(variant.parameters["kernel"]?.number)
            let pool = try #require(variant.parameters["pool"]?.number)
            #expect(variant.computed["field"] == .number(kernel + pool - 1))
            fields.insert(try #require(variant.computed["field"]?.number))
            #expect(!variant.exercise.parts[0].question.text.contains("[["))
        }
        #expect(fields.count > 1)
    }
}

/// Exercise 1: the hard threshold's zero gradient, and the two linear networks.
struct SeedExerciseOneTests {
    @Test func hardThresholdWorkedExample() throws {
        let variant = try Support.variant(try #require(try Support.realBank().exercise("mlp-backprop-2019")))
        let p = try #require(variant.computed["p"]?.numbers)
        #expect(zip(p, [0.5741, 0.3482, 0.0777]).allSatisfy { abs($0 - $1) < 5e-5 })
        #expect(abs(try #require(variant.computed["L"]?.number) - 0.5550) < 5e-5)
        #expect(variant.computed["dW1"] == .matrix([[0, 0], [0, 0]]))
        let logistic = try #require(variant.computed["dW1_logistic"]?.numbers)
        #expect(zip(logistic, [-0.1123, 0.2247, 0.1059, -0.2118]).allSatisfy { abs($0 - $1) < 5e-5 })
        #expect(variant.computed["params_A"] == .number(10_100))
        #expect(variant.computed["params_B"] == .number(2_110))
        #expect(variant.computed["rank_B"] == .number(10))
        let answer = variant.exercise.parts[1].answer.text
        #expect(answer.contains("$p \\approx (0.5741, 0.3482, 0.0777)^{\\top}$"))
        #expect(answer.contains("$L = -\\log 0.5741 \\approx 0.5550$"))
        let figure = variant.exercise.parts[2].question.text
        #expect(figure.contains("layers: [100, 10, 100]"))
    }
}

/// Exercise 3: the reconstructed RNN, the residual Jacobian and the critical weight α.
struct SeedExerciseThreeTests {
    let exercise: Exercise

    init() throws { exercise = try #require(try Support.realBank().exercise("rnn-2019")) }

    @Test func asWrittenMatchesTheNotes() throws {
        let variant = try Support.variant(exercise)
        #expect(variant.computed["hs"] == .vector([3, -2, 2, 0, 5, -4]))
        #expect(abs(try #require(variant.computed["y_T"]?.number) - 0.0180) < 5e-5)
        #expect(variant.computed["alpha"] == .number(4))
        #expect(abs(try #require(variant.computed["ratio_below"]?.number) - 0.289) < 5e-4)
        #expect(abs(try #require(variant.computed["ratio_at"]?.number) - 1) < 1e-12)
        #expect(abs(try #require(variant.computed["ratio_above"]?.number) - 3.35) < 5e-3)
        let question = variant.exercise.parts[2].question.text
        #expect(question.contains("uses a shifted logistic activation function:"))
        #expect(question.contains("\\phi(z) := \\sigma(z) - 0.5 ."))
        #expect(question.contains("You may use the fact that $\\sigma'(0) = \\frac{1}{4}$."))
        #expect(variant.exercise.parts[0].answer.text.contains("$y^{(6)} = \\sigma(-4) \\approx 0.0180$: the odd-position sum is larger."))
        #expect(variant.exercise.parts[2].answer.text.contains("\\approx 0.289,\\ 1.0,\\ 3.35$ for $w = 3.9,\\ 4,\\ 4.1$"))
    }

    @Test func residualJacobianIsTheIdentity() throws {
        let variant = try Support.variant(exercise)
        guard case .matrix(let j)? = variant.computed["J"] else { Issue.record("no Jacobian"); return }
        #expect(j == (0..<4).map { i in (0..<4).map { $0 == i ? 1.0 : 0.0 } })
    }

    @Test func tanhVariantHasAlphaOne() throws {
        let tanhSeed = try #require((1...200 as ClosedRange<UInt64>).first { seed in
            (try? Support.variant(exercise, seed: seed))?.parameters["act"] == .text("tanh")
        })
        let variant = try Support.variant(exercise, seed: tanhSeed)
        #expect(variant.computed["alpha"] == .number(1))
        #expect(variant.exercise.parts[2].question.text.contains("You may use the fact that $\\tanh'(0) = 1$."))
    }
}
