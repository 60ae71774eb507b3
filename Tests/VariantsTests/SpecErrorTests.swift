import Bank
import Testing
import TestSupport
@testable import Variants

/// Each mistake from issue 10's list, written as a new instructor would, ends in an error at the
/// exact key — before any draw where the mistake can be seen without values. The front matter
/// starts on line 5 of the fixture file.
struct SpecErrorTests {
    static let conv = """
        parameters:
          k: {choose: [3, 5], default: 3}
        model:
          input: [1, 9, 9]
          layers:
        """

    static func problems(_ text: String) throws -> [Support.Problem] { try Support.problems(text) }

    // MARK: Typos and unsupported options are errors at the key

    @Test func misspeltLayerOptionIsNamedWithItsSuggestion() throws {
        #expect(try Self.problems(Self.conv + "\n    - conv2d: {filters: 2, kernel: k, strid: 2}\ncompute:\n  s: output_shape") == [
            .init(line: 10, column: 39, message: "unknown key `strid` in layer 1 (conv2d); did you mean `stride`? (allowed: filters, kernel, weights, stride, padding, dilation, groups, bias)"),
        ])
        #expect(try Self.problems(Self.conv + "\n    - conv2d: {filter: 2, kernel: k}") == [
            .init(line: 10, column: 7, message: "layer 1 (conv2d) needs `filters`"),
            .init(line: 10, column: 16, message: "unknown key `filter` in layer 1 (conv2d); did you mean `filters`? (allowed: filters, kernel, weights, stride, padding, dilation, groups, bias)"),
        ])
        #expect(try Self.problems(Self.conv + "\n    - conv2d: {filters: 2, kernel: k, groups: 0}").map(\.line) == [10])
    }

    @Test func misspeltOptimizerAndMomentum() throws {
        let model = "parameters:\n  x: [1, 2]\nmodel:\n  input: x\n  layers:\n    - dense: {units: 2}\n  loss: {mse: {target: [0, 1]}}\ncompute:\n"
        #expect(try Self.problems(model + "  curve: {train: {optimiser: adam, learning_rate: 0.1, steps: 2}}") == [
            .init(line: 13, column: 19, message: "unknown key `optimiser` in computation `train`; did you mean `optimizer`? (allowed: optimizer, learning_rate, steps, momentum, nesterov, weight_decay, rho, schedule, warmup, step_size, gamma, min_learning_rate, result, wrt, model)"),
        ])
        #expect(try Self.problems(model + "  curve: {train: {optimizer: adam, learning_rate: 0.1, steps: 2, momentun: 0.9}}").map(\.message) == [
            "unknown key `momentun` in computation `train`; did you mean `momentum`? (allowed: optimizer, learning_rate, steps, momentum, nesterov, weight_decay, rho, schedule, warmup, step_size, gamma, min_learning_rate, result, wrt, model)",
        ])
        #expect(try Self.problems(model + "  curve: {train: {optimizer: lion, learning_rate: 0.1, steps: 2}}").map(\.message) == [
            "`optimizer` in computation `train` must be one of `sgd`, `adam`, `adamw`, `rmsprop`, got `lion`",
        ])
        #expect(try Self.problems(model + "  curve: {train: {optimizer: adam, learning_rate: 0.1, steps: 2, momentum: 0.9}}").map(\.message) == [
            "computation `curve`: `momentum` applies to `optimizer: sgd`; Adam and AdamW use β₁ = 0.9, β₂ = 0.999",
        ])
        #expect(try Self.problems(model.replacingOccurrences(of: "mse: {target: [0, 1]}", with: "mse: {target: [0, 1], label_smoothing: 0.1}")
                                  + "  L: loss").map(\.message) == [
            "unknown key `label_smoothing` in loss `mse` (allowed: target)",
        ])
    }

    @Test func unsupportedWordsAndOptionsOfComputations() throws {
        let input = "parameters:\n  M: [[1, 2], [3, 4]]\ncompute:\n"
        #expect(try Self.problems(input + "  p: {pool: {input: M, kernel: 2, mode: mean}}").map(\.message) == [
            "`mode` in computation `pool` must be one of `max`, `average`, got `mean`; did you mean `max`?",
        ])
        #expect(try Self.problems(input + "  c: {convolve: {input: M, kernel: [[1]], groups: 2}}").map(\.message) == [
            "unknown key `groups` in computation `convolve` (allowed: input, kernel, stride, padding, dilation, bias, result, upstream)",
        ])
        #expect(try Self.problems("model:\n  residual: {dimension: 2, depth: 1, weights: W}\ncompute:\n  J: jacobian").map(\.message) == [
            "unknown key `weights` in model `residual` (allowed: dimension, hidden, depth, activation, output_weights, a, b, slope)",
        ])
        #expect(try Self.problems("compute:\n  p: {softmax: z}").map(\.message) == [
            "a computation is a kind, such as `receptive_field`, or `{kind: {arguments}}`",
        ])
    }

    @Test func convolutionWithoutBiasHasFewerParameters() throws {
        let spec = "model:\n  input: [1, 5, 5]\n  layers:\n    - conv2d: {filters: 2, kernel: 3, bias: false}\ncompute:\n  n: parameter_count\nchecks:\n  - n == 18"
        #expect(try Self.problems(spec) == [])
    }

    // MARK: Values that used to trap are located errors

    @Test func zeroStrideAndOversizedWindows() throws {
        #expect(try Self.problems(Self.conv + "\n    - conv2d: {filters: 1, kernel: 3, stride: 0}") == [
            .init(line: 10, column: 39, message: "`stride` in layer 1 (conv2d) must be a whole number from 1 to 4096, got 0"),
        ])
        #expect(try Self.problems(Self.conv + "\n    - maxpool2d: {kernel: 11}") == [
            .init(line: 10, column: 7, message: "layer 1 (maxpool2d): its 11×11 window with padding 0 does not fit its input [1, 9, 9]"),
        ])
        #expect(try Self.problems("parameters:\n  M: [[1, 2], [3, 4]]\ncompute:\n  p: {pool: {input: M, kernel: 3}}") == [
            .init(line: 8, column: 24, message: "computation `p`: a 3×3 window with padding 0 does not fit the 2×2 input"),
        ])
    }

    @Test func layerThatDoesNotFitItsInputNamesBothShapes() throws {
        #expect(try Self.problems("model:\n  input: [4]\n  layers:\n    - conv2d: {filters: 1, kernel: 3}") == [
            .init(line: 8, column: 7, message: "layer 1 (conv2d): needs an image input [channels, height, width], but its input is [4]"),
        ])
        #expect(try Self.problems("model:\n  input: [2, 3, 3]\n  layers:\n    - dense: {units: 2}") == [
            .init(line: 8, column: 7, message: "layer 1 (dense): needs a flat input [n], but its input is [2, 3, 3]; put `- flatten: {}` before it"),
        ])
        #expect(try Self.problems("parameters:\n  x: [1, 2]\n  W: [[1, 2, 3]]\nmodel:\n  input: x\n  layers:\n    - dense: {weights: W}") == [
            .init(line: 11, column: 15, message: "layer 1 (dense): its weights are 1×3, so it takes 3 inputs, but its input is [2]"),
        ])
    }

    @Test func stepsAndRangesThatUsedToTrapOrAllocate() throws {
        #expect(try Self.problems("parameters:\n  v: {vector: {length: 2, integer: [0, 3], step: 0}}").map(\.message) == [
            "`step` must be a number greater than 0, got `0`",
        ])
        #expect(try Self.problems("parameters:\n  n: {integer: [1, 3], step: -1}").map(\.message) == [
            "`step` must be a number greater than 0, got `-1`",
        ])
        #expect(try Self.problems("parameters:\n  n: {integer: [1, 9223372036854775807]}").map(\.message) == [
            "the range holds more than 2^53 values or numbers beyond ±10^15 (the limits); narrow it or take a larger `step`",
        ])
        #expect(try Self.problems("parameters:\n  M: {matrix: {rows: 100000, columns: 100000, integer: [0, 1]}}").map(\.message) == [
            "a matrix needs `rows`, a whole number from 1 to 4096",
        ])
        // A billion values are counted, not listed: this draws at once.
        let exercise = try Support.exercise("parameters:\n  n: {integer: [1, 1000000000]}")
        let drawn = try Support.variant(exercise, seed: 3).parameters["n"]?.number
        #expect(drawn.map { $0 >= 1 && $0 <= 1_000_000_000 && $0 == $0.rounded() } == true)
    }

    @Test func realEntriesNeedAStepAndDefaultsMustBeInRange() throws {
        #expect(try Self.problems("parameters:\n  v: {vector: {length: 2, real: [-1, 1]}}") == [
            .init(line: 6, column: 7, message: "`real` entries need a `step`, so that every value prints cleanly"),
        ])
        #expect(try Self.problems("parameters:\n  n: {integer: [1, 3], default: 7}") == [
            .init(line: 6, column: 24, message: "the default `7` is outside the range [1, 3] in steps of 1"),
        ])
        #expect(try Self.problems("parameters:\n  n: {choose: [2, 3], default: 4}").map(\.message) == [
            "the default `4` is not one of the values of `choose`",
        ])
    }

    // MARK: Checks, constraints, models and placeholders run in every exercise

    @Test func exerciseWithoutParametersStillRunsItsChecks() throws {
        #expect(try Self.problems("checks:\n  - 1 == 2") == [
            .init(line: 6, column: 5, message: "cross-check `1 == 2` fails: the left side is 1, the right side is 2"),
        ])
        #expect(try Self.problems("constraints:\n  - kernel > 1").map(\.message) == [
            "`kernel > 1`: unknown name `kernel`",
        ])
        #expect(try Self.problems("model:\n  input: [3]\n  layers:\n    - dens: {units: 2}").map(\.message) == [
            "unknown layer `dens`; did you mean `dense`? (known: dense, activation, conv2d, maxpool2d, avgpool2d, flatten, lstm, gru, attention, multi_head_attention, batch_norm, layer_norm, embedding, dropout)",
        ])
    }

    @Test func placeholderWithoutAValueIsNeverPrinted() throws {
        let place = Marker.location(of: "[[kernel]]", in: Support.text("tags: []", question: "The kernel is [[kernel]] wide."))
        #expect(try Support.problems("tags: []", question: "The kernel is [[kernel]] wide.") == [
            .init(line: place.line, column: place.column, message: "`[[kernel]]`: unknown name `kernel`"),
        ])
    }

    @Test func divisionByZeroIsAnErrorNotInfinity() throws {
        let frontMatter = "parameters:\n  a: {choose: [0, 1], default: 0}\ncompute:\n  p: {softmax: {logits: [1, 2]}}"
        let exercise = try Support.exercise(frontMatter, question: "Compute [[1 / a]].")
        do {
            _ = try Support.variant(exercise)
            Issue.record("no error")
        } catch let error as VariantError {
            #expect(error.location.line == Support.line(of: "[[1 / a]]", frontMatter, question: "Compute [[1 / a]]."))
            #expect(error.description == "exercise `x`: `[[1 / a]]` is ∞, not a finite number (parameters: a = 0)")
        }
        let derived = try Support.problems("parameters:\n  a: {choose: [0, 1], default: 0}\nderived:\n  r: 1 / a")
        #expect(derived == [.init(line: 8, column: 3, message: "derived `r` is ∞, not a finite number")])
    }

    @Test func failingComputationPointsAtItsOwnEntry() throws {
        let spec = "parameters:\n  z: [1, 2]\ncompute:\n  p: {softmax: {logits: z}}\n  L: {cross_entropy: {logits: z, target: 2}}"
        #expect(try Self.problems(spec) == [
            .init(line: 9, column: 34, message: "computation `L`: the class index 2 is not one of the 2 classes 0 … 1 of `logits`"),
        ])
    }

    @Test func wrongArityAndUnknownFunctionsAreFoundAtLoad() throws {
        #expect(try Self.problems("derived:\n  a: max()\n  b: sqrt(1, 2)\n  c: sqr(4)").map(\.message) == [
            "derived `a`: `max` takes 1 or more arguments, got 0",
            "derived `b`: `sqrt` takes 1 argument, got 2",
            "derived `c`: unknown function `sqr`; did you mean `sqrt`?",
        ])
    }

    // MARK: Geometry

    @Test func samePaddingAccountsForDilation() throws {
        let spec = "model:\n  input: [1, 9, 9]\n  layers:\n    - conv2d: {filters: 1, kernel: 3, dilation: 2, padding: same}\n    - conv2d: {filters: 1, kernel: 3, stride: 2, padding: same}\ncompute:\n  first: {output_shape: {layer: 1}}\n  second: output_shape\nchecks:\n  - first[1] == 9 and first[2] == 9\n  - second[1] == 5 and second[2] == 5"
        #expect(try Self.problems(spec) == [])
        #expect(try Self.problems("model:\n  input: [1, 9, 9]\n  layers:\n    - conv2d: {filters: 1, kernel: 2, padding: same}").map(\.message) == [
            "layer 1 (conv2d): `padding: same` needs an odd kernel extent, but kernel 2 dilated by 1 spans 2",
        ])
    }

    @Test func receptiveFieldBeyondWhatCanBeConfirmedIsAnError() throws {
        let spec = "model:\n  input: [1, 4096, 4096]\n  layers:\n    - conv2d: {filters: 1, kernel: 1, stride: 64}\n    - conv2d: {filters: 1, kernel: 1, stride: 64}\n    - conv2d: {filters: 1, kernel: 3, padding: 1}\ncompute:\n  rf: receptive_field"
        #expect(try Self.problems(spec) == [
            .init(line: 12, column: 3, message: "computation `rf`: the receptive field grows beyond 1024 input pixels, the largest this build confirms"),
        ])
    }

    @Test func hugeNumbersPrintWithoutTrapping() {
        #expect(ValueFormat("frac")!.format(.number(1e300)) == "1.00000e+300")
    }
}
