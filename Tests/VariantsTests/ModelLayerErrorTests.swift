import Testing
@testable import Variants

/// Mistakes in the new layers and inputs of `model:` end in an error at the key: unknown keys
/// with a did-you-mean at load, weights and masks that do not fit their layer at the key that
/// holds them, token ids without an embedding, a unit outside the output.
@Suite struct ModelLayerErrorTests {
    static func problems(_ text: String) throws -> [Support.Problem] { try Support.problems(text) }

    static let sequence = "parameters:\n  X: [[1, 0], [0, 1], [1, 1]]\nmodel:\n  input: X\n  layers:\n"

    @Test func unknownKeysOfTheNewLayersAreNamedAtLoad() throws {
        #expect(try Self.problems(Self.sequence + "    - lstm: {unit: 3}") == [
            .init(line: 10, column: 14, message: "unknown key `unit` in layer 1 (lstm); did you mean `units`? (allowed: units, input_weights, hidden_weights, bias, h0, states, c0)"),
        ])
        #expect(try Self.problems(Self.sequence + "    - multi_head_attention: {heads: 2, mask: casual}").map(\.message) == [
            "`mask` in layer 1 (multi_head_attention) must be one of `none`, `causal`, got `casual`; did you mean `causal`?",
        ])
        #expect(try Self.problems(Self.sequence + "    - batch_norm: {mode: test}").map(\.message) == [
            "`mode` in layer 1 (batch_norm) must be one of `train`, `eval`, got `test`",
        ])
        #expect(try Self.problems("model:\n  input: {value: [1, 2]}\n  layers:\n    - dense: {units: 1}").map(\.message) == [
            "unknown key `value` in model `input`; did you mean `values`? (allowed: values, shape, batch, ids)",
        ])
    }

    @Test func weightsThatDoNotFitAreErrorsAtTheirKey() throws {
        #expect(try Self.problems(Self.sequence + "    - lstm: {input_weights: [[1, 2]], hidden_weights: [[1], [1], [1], [1]]}") == [
            .init(line: 10, column: 14, message: "layer 1 (lstm): `input_weights` has 2 numbers, but W of the LSTM of 2 features and hidden size 1, gates stacked, [4, 2] needs 8"),
        ])
        #expect(try Self.problems(Self.sequence + "    - layer_norm: {gamma: [1, 2, 3]}").map(\.message) == [
            "layer 1 (layer_norm): `gamma` has 3 numbers, but γ, one per feature, [2] needs 2",
        ])
        #expect(try Self.problems(Self.sequence + "    - dropout: {rate: 0.5, mask: [1, 0]}").map(\.message) == [
            "layer 1 (dropout): `mask` has 2 numbers, but the mask of the layer's input [1, 3, 2] needs 6",
        ])
        #expect(try Self.problems(Self.sequence + "    - multi_head_attention: {heads: 3}").map(\.message) == [
            "layer 1 (multi_head_attention): 3 heads do not divide the width 2 of its input",
        ])
        #expect(try Self.problems("model:\n  input: {values: [1, 2, 3], shape: [2, 2]}\n  layers:\n    - flatten: {}").map(\.message) == [
            "model `input`: `values` has 3 numbers, but an input of 1 example of [2, 2] [1, 2, 2] needs 4",
        ])
        #expect(try Self.problems("model:\n  input: [1, 5, 5]\n  layers:\n    - conv2d: {weights: [[1, 1], [1, 1], [1, 1]]}").map(\.message) == [
            "layer 1 (conv2d): `weights` has 6 numbers, which is not a whole number of filters of 1 channel × 2×2 (4 each)",
        ])
        #expect(try Self.problems("model:\n  input: [1, 5, 5]\n  layers:\n    - conv2d: {kernel: 3}").map(\.message) == [
            "layer 1 (conv2d) needs `filters`",
        ])
    }

    @Test func layersNeedTheInputTheyRead() throws {
        #expect(try Self.problems("model:\n  input: {ids: [1, 2]}\n  layers:\n    - dense: {units: 2}").map(\.message) == [
            "layer 1 (dense): the model's input is token ids, which only an `embedding` layer reads: make it the first layer",
        ])
        #expect(try Self.problems(Self.sequence + "    - embedding: {vocabulary: 3, width: 2}").map(\.message) == [
            "layer 1 (embedding): reads token ids: it is the first layer, and the model's input is `{ids: [...]}`",
        ])
        #expect(try Self.problems("model:\n  input: {ids: [1, 7]}\n  layers:\n    - embedding: {vocabulary: 3, width: 2}").map(\.message) == [
            "layer 1 (embedding): the input reads token 7, but the table has rows 0 … 2",
        ])
        #expect(try Self.problems("model:\n  input: [3]\n  layers:\n    - lstm: {units: 2}").map(\.message) == [
            "layer 1 (lstm): needs a sequence input [steps, features], but its input is [3]",
        ])
        #expect(try Self.problems(Self.sequence + "    - attention: {padding: [0, 0, 0]}").map(\.message) == [
            "layer 1 (attention): query 1 may attend to no key at all, so its weights would be 0/0",
        ])
    }

    @Test func aUnitOutsideTheOutputIsAnErrorAtTheKey() throws {
        let model = "model:\n  input: {values: [1, 2, 3, 4], shape: [1, 2, 2]}\n  layers:\n    - maxpool2d: {kernel: 2}\ncompute:\n"
        #expect(try Self.problems(model + "  s: {input_support: {unit: [1, 2, 1]}}") == [
            .init(line: 10, column: 23, message: "computation `s`: `unit` needs 3 whole numbers, from 1 along each axis of the output [1, 1, 1]"),
        ])
        #expect(try Self.problems("model:\n  input: {ids: [1, 2]}\n  layers:\n    - embedding: {vocabulary: 3, width: 2}\ncompute:\n  g: {gradient: {wrt: input, layer: 1}}").map(\.message) == [
            "computation `g`: token ids have no gradient; ask for `wrt:` the embedding's table (`layer1.table`)",
        ])
    }
}
