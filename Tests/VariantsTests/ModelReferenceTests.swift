import Foundation
import Testing
@testable import Variants

/// Whole models of the new layers, declared in `model:` with the fixture's values as parameters,
/// against JAX in float64 (Tests/DeepLearningTests/Fixtures/models.json, written by
/// `python3 Scripts/jax_reference.py models`): every output, loss and gradient at 1e-10 relative.
@Suite struct ModelReferenceTests {
    static let tolerance = 1e-10

    /// The model of each fixture case; its parameters are the case's `params`.
    static let models: [String: String] = [
        "image_conv_pool_dense": """
            input: {values: X, shape: [2, 5, 5]}
            layers:
              - conv2d: {weights: K, bias: B, groups: 2, dilation: 2, padding: 1}
              - activation: relu
              - maxpool2d: {kernel: 2}
              - flatten: {}
              - dense: {weights: W, bias: b}
            loss: {cross_entropy: {target: 1}}
            """,
        "sequence_lstm_attention_norm": """
            input: X
            layers:
              - lstm: {input_weights: Wl, hidden_weights: Ul, bias: bl, h0: h0, c0: c0}
              - multi_head_attention: {heads: 2, query_weights: Wq, key_weights: Wk, value_weights: Wv, output_weights: Wo, mask: causal}
              - layer_norm: {gamma: G, beta: beta}
              - flatten: {}
              - dense: {weights: Wd}
            loss: {mse: {target: T}}
            """,
        "tokens_embedding_gru": """
            input: {ids: [2, 0, 2, 5]}
            layers:
              - embedding: {table: E}
              - gru: {input_weights: Wg, hidden_weights: Ug, bias: bg, hidden_bias: hb, states: last}
              - dense: {weights: Wd}
            loss: {mse: {target: T}}
            """,
        "batch_dense_batch_norm": """
            input: {values: X, batch: 4}
            layers:
              - dense: {weights: W1, bias: b1}
              - batch_norm: {gamma: G, beta: beta}
              - dense: {weights: W2}
            loss: {mse: {target: T}}
            """,
        "images_conv_batch_norm": """
            input: {values: X, shape: [2, 3, 3], batch: 2}
            layers:
              - conv2d: {weights: K, bias: false}
              - batch_norm: {gamma: G, beta: beta}
              - flatten: {}
              - dense: {weights: Wd}
            loss: {mse: {target: T}}
            """,
        "dropout_batch_norm_eval": """
            input: x
            layers:
              - dropout: {rate: 0.5, mask: mask}
              - batch_norm: {mode: eval, running_mean: rm, running_var: rv, gamma: G, beta: beta}
              - dense: {weights: Wd}
            loss: {mse: {target: T}}
            """,
        "attention_causal_padding": """
            input: X
            layers:
              - attention: {mask: causal, padding: [1, 1, 1, 0]}
              - flatten: {}
              - dense: {weights: Wd}
            loss: {mse: {target: T}}
            """,
    ]

    /// The computation that gives a fixture output: `dK` is ∂loss/∂K, `conv` and `states` the
    /// output of an inner layer.
    static func computation(_ output: String) -> String {
        switch output {
        case "loss": "loss"
        case "logits", "output": "output"
        case "conv": "{hidden: {layer: 2}}"
        case "states": "{hidden: {layer: 1}}"
        case "dX", "dx": "{gradient: {wrt: input}}"
        default: "{gradient: {wrt: \(output.dropFirst())}}"
        }
    }

    /// A fixture tensor as a parameter: a number, a vector, or a matrix of rows of its last axis.
    static func parameter(_ tensor: [String: Any]) -> String {
        let shape = (tensor["shape"] as! [Int]), data = (tensor["data"] as! [Double]).map { "\($0)" }
        switch shape.count {
        case 0: return data[0]
        case 1: return "[" + data.joined(separator: ", ") + "]"
        default:
            let width = shape.last!
            return "[" + stride(from: 0, to: data.count, by: width).map { "[" + data[$0..<($0 + width)].joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        }
    }

    static func cases() throws -> [[String: Any]] {
        let url = Support.repository.appendingPathComponent("Tests/DeepLearningTests/Fixtures/models.json")
        let fixture = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return fixture["cases"] as! [[String: Any]]
    }

    @Test func everyModelAgreesWithJAX() throws {
        let cases = try Self.cases()
        #expect(Set(cases.map { $0["name"] as! String }) == Set(Self.models.keys))
        for c in cases {
            let name = c["name"] as! String
            let params = c["params"] as! [String: [String: Any]], outputs = c["outputs"] as! [String: [String: Any]]
            let front = (["parameters:"] + params.keys.sorted().map { "  \($0): \(Self.parameter(params[$0]!))" }
                         + ["model:"] + Self.models[name]!.split(separator: "\n").map { "  " + $0 }
                         + ["compute:"] + outputs.keys.sorted().map { "  \($0): \(Self.computation($0))" }).joined(separator: "\n")
            let computed = try Support.variant(try Support.exercise(front)).computed
            for (key, expected) in outputs {
                let want = expected["data"] as! [Double]
                guard let got = computed[key]?.numbers, got.count == want.count else {
                    Issue.record("\(name) \(key): \(String(describing: computed[key])) for \(want.count) numbers")
                    continue
                }
                let scale = max(want.map(abs).max() ?? 0, 1e-300)
                let error = zip(got, want).map { abs($0 - $1) / scale }.max() ?? 0
                #expect(error < Self.tolerance, "\(name) \(key): relative error \(error)")
            }
        }
    }
}
