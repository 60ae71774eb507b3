import Foundation
import Testing
@testable import Variants

/// The computations on given values — gated RNNs, attention, normalisation, embeddings,
/// dropout, parameter counts, convolution and pooling gradients, the newer losses and
/// optimisers — against closed forms, and their shape errors at the key.
@Suite struct LayerComputationTests {
    static func computed(_ front: String) throws -> [String: Value] {
        try Support.variant(try Support.exercise(front)).computed
    }

    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    /// Adam stops once the gradient is down to rounding error: D*(x) = p_data / (p_data + p_g)
    /// to within a few units in the last place over the whole grid the 2026 exam draws from.
    @Test func theOptimalDiscriminatorReachesTheClosedFormToRoundingError() throws {
        let grid = (1...10).map { Double($0) / 5 }
        var worst = 0.0
        for p in grid {
            for q in grid {
                let values = try Self.computed("""
                    compute:
                      D: {optimal_discriminator: {p_data: \(p), p_g: \(q)}}
                    """)
                guard case .number(let d)? = values["D"] else { Issue.record("no D for \(p), \(q)"); continue }
                worst = max(worst, abs(d - p / (p + q)) / (p / (p + q)))
            }
        }
        #expect(worst < 1e-14, "worst relative error \(worst)")
    }

    @Test func anLSTMStepByHand() throws {
        // Hidden size 1, one input: the gates' pre-activations are W·x + U·h0 + b.
        let values = try Self.computed("""
            parameters:
              W: [[1], [2], [-1], [0.5]]
              U: [[0.5], [-1], [1], [2]]
            compute:
              h: {lstm: {inputs: [1], input_weights: W, hidden_weights: U, bias: [0, 1, 0, -1], h0: [1], c0: [2]}}
              c: {lstm: {inputs: [1], input_weights: W, hidden_weights: U, bias: [0, 1, 0, -1], h0: [1], c0: [2], result: cell_states}}
              gates: {lstm: {inputs: [1], input_weights: W, hidden_weights: U, bias: [0, 1, 0, -1], h0: [1], c0: [2], result: gates}}
            """)
        let (i, f, g, o) = (Self.sigmoid(1.5), Self.sigmoid(2), tanh(0.0), Self.sigmoid(1.5))
        let c = f * 2 + i * g
        #expect(values["gates"] == .matrix([[i], [f], [g], [o]]))
        #expect(values["c"] == .matrix([[c]]))
        #expect(values["h"] == .matrix([[o * tanh(c)]]))
    }

    @Test func bpttReachesTheInitialState() throws {
        // GRU of size 1 with zero weights: z = r = ½, n = 0, h′ = h/2, so ∂h(T)/∂h0 = 2⁻ᵀ.
        let values = try Self.computed("""
            parameters:
              Z: [[0], [0], [0]]
            compute:
              g: {gru: {inputs: [1, 2, 3, 4, 5], input_weights: Z, hidden_weights: Z, h0: [1], result: gradient, wrt: h0}}
              hs: {gru: {inputs: [1, 2, 3, 4, 5], input_weights: Z, hidden_weights: Z, h0: [1]}}
            """)
        #expect(values["g"] == .vector([1.0 / 32]))
        #expect(values["hs"] == .matrix([[0.5], [0.25], [0.125], [0.0625], [0.03125]]))
    }

    @Test func causalAttentionWeights() throws {
        let values = try Self.computed("""
            parameters:
              Q: [[1, 0], [0, 1]]
              K: [[1, 0], [1, 1]]
              V: [[1, 2], [3, 4]]
            compute:
              A: {attention: {queries: Q, keys: K, values: V, mask: causal}}
              out: {attention: {queries: Q, keys: K, values: V, result: output}}
              Ap: {attention: {queries: Q, keys: K, values: V, padding: [1, 0]}}
            """)
        // Query 2 scores 0 and 1/√2 against the two keys: weights ∝ (1, e^(1/√2)); query 1 sees key 1 only.
        let w = 1 / (1 + exp(1 / sqrt(2.0)))
        if case .matrix(let m) = values["A"]! {
            #expect(m[0] == [1, 0] && abs(m[1][0] - w) < 1e-15 && abs(m[1][1] - (1 - w)) < 1e-15)
        }
        #expect(values["Ap"] == .matrix([[1, 0], [1, 0]]))
        if case .matrix(let m) = values["out"]! { #expect(abs(m[1][0] - (w * 1 + (1 - w) * 3)) < 1e-12) }
    }

    @Test func batchNormTrainAndEval() throws {
        let values = try Self.computed("""
            parameters:
              X: [[1, 2], [3, 6]]
            compute:
              y: {batch_norm: {input: X, epsilon: 0.0001}}
              mu: {batch_norm: {input: X, result: mean}}
              rv: {batch_norm: {input: X, result: running_var}}
              ye: {batch_norm: {input: X, mode: eval, running_mean: [1, 1], running_var: [4, 9], epsilon: 1e-300}}
            """)
        let s = 1 / sqrt(1 + 0.0001)
        if case .matrix(let m) = values["y"]! { #expect(abs(m[0][0] + s) < 1e-12 && abs(m[1][0] - s) < 1e-12) }
        #expect(values["mu"] == .vector([2, 4]))
        // Running variance: 0.9·1 + 0.1·(unbiased 2 and 8).
        #expect(values["rv"] == .vector([0.9 + 0.2, 0.9 + 0.8]))
        #expect(zip(values["ye"]!.numbers!, [0, 1.0 / 3, 1, 5.0 / 3]).allSatisfy { abs($0 - $1) < 1e-15 })
    }

    @Test func parameterCountsOfGatedCells() throws {
        let values = try Self.computed("""
            parameters:
              d: 10
              h: 20
            compute:
              lstm: {layer_parameters: {layer: lstm, input_size: d, hidden_size: h}}
              gru: {layer_parameters: {layer: gru, input_size: d, hidden_size: h}}
              torch: {layer_parameters: {layer: gru, input_size: d, hidden_size: h, bias: both}}
              mha: {layer_parameters: {layer: multi_head_attention, width: 8, heads: 2}}
            """)
        #expect(values["lstm"] == .number(4 * (20 * 10 + 400 + 20)))
        #expect(values["gru"] == .number(3 * (20 * 10 + 400 + 20)))
        #expect(values["torch"] == .number(3 * (20 * 10 + 400 + 40)))
        #expect(values["mha"] == .number(4 * 64 + 4 * 8))
    }

    @Test func convolutionAndPoolingBackward() throws {
        let values = try Self.computed("""
            parameters:
              X: [[1, 2, 0], [0, 1, 3], [2, 1, 1]]
              K: [[1, 0], [0, -1]]
            compute:
              y: {convolve: {input: X, kernel: K}}
              dX: {convolve: {input: X, kernel: K, result: input_gradient}}
              dK: {convolve: {input: X, kernel: K, result: kernel_gradient}}
              route: {pool: {input: X, kernel: 2, stride: 1, result: input_gradient, upstream: [[1, 2], [3, 4]]}}
            """)
        #expect(values["y"] == .matrix([[0, -1], [-1, 0]]))
        // ∂Σy/∂K[a][b] is the sum of the inputs K[a][b] touches; ∂Σy/∂X counts each pixel's windows.
        #expect(values["dK"] == .matrix([[4, 6], [4, 6]]))
        #expect(values["dX"] == .matrix([[1, 1, 0], [1, 0, -1], [0, -1, -1]]))
        // Window maxima 2, 3, 2, 3 at (0,1), (1,2), (2,0), (1,2): upstream 1, 2+4, 3 routed there.
        #expect(values["route"] == .matrix([[0, 1, 0], [0, 0, 6], [3, 0, 0]]))
    }

    @Test func momentumAndAdamOnAVector() throws {
        let values = try Self.computed("""
            compute:
              m: {optimize: {function: "x[0]^2 + 2 * x[1]^2", start: [1, 1], learning_rate: 0.1, steps: 2, momentum: 0.9}}
              w: {optimize: {function: "sum(x^2)", start: [2, -1], learning_rate: 0.1, steps: 1, optimizer: adamw, weight_decay: 0.5}}
            """)
        // v1 = g0 = (2, 4): x1 = (0.8, 0.6); g1 = (1.6, 2.4), v2 = 0.9·v1 + g1 = (3.4, 6): x2 = (0.46, 0).
        if case .matrix(let m) = values["m"]! {
            #expect(abs(m[2][0] - 0.46) < 1e-12 && abs(m[2][1]) < 1e-12)
        } else { Issue.record("a vector start gives one row per step") }
        // AdamW: shrink by 1 − 0.1·0.5, then the first Adam step moves each entry by 0.1·sign(g).
        if case .matrix(let m) = values["w"]! { #expect(abs(m[1][0] - (2 * 0.95 - 0.1)) < 1e-7 && abs(m[1][1] - (-0.95 + 0.1)) < 1e-7) }
    }

    @Test func lossesOnGivenValues() throws {
        let values = try Self.computed("""
            compute:
              ls: {cross_entropy: {logits: [0, 0], target: 0, smoothing: 0.2}}
              bce: {bce_with_logits: {logits: [0], targets: [1]}}
              h: {hinge: {scores: [0.5, 2], labels: [1, -1]}}
              kl: {categorical_kl: {p: [0.5, 0.5], q: [0.25, 0.75]}}
              nll: {gaussian_nll: {x: [1], mean: [0], variance: [1]}}
            """)
        #expect(values["ls"] == .number(log(2)))
        #expect(values["bce"] == .number(log(2)))
        #expect(values["h"] == .number((0.5 + 3) / 2))
        #expect(values["kl"] == .number(0.5 * log(2) + 0.5 * log(2.0 / 3)))
        #expect(values["nll"] == .number(0.5 * (log(2 * Double.pi) + 1)))
    }

    @Test func shapesThatDoNotFitAreErrorsAtTheKey() throws {
        let lstm = "parameters:\n  W: [[1], [2]]\ncompute:\n  h: {lstm: {inputs: [1], input_weights: W, hidden_weights: [[1]]}}"
        #expect(try Support.problems(lstm).map(\.message) == [
            "computation `h`: `hidden_weights` is 1×1, but an LSTM of hidden size 1 needs 4×1 (the gates stacked)",
        ])
        let masked = "parameters:\n  Q: [[1, 0]]\ncompute:\n  A: {attention: {queries: Q, keys: Q, values: Q, padding: [0]}}"
        #expect(try Support.problems(masked).map(\.line) == [8])
        let heads = "parameters:\n  X: [[1, 2, 3]]\n  W: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]\ncompute:\n"
            + "  y: {multi_head_attention: {input: X, heads: 2, query_weights: W, key_weights: W, value_weights: W, output_weights: W}}"
        #expect(try Support.problems(heads).map(\.message) == ["computation `y`: 2 heads do not divide the width 3 of the input"])
        #expect(try Support.problems("compute:\n  e: {embedding: {table: [[1, 2]], ids: [1]}}").map(\.line) == [6])
        #expect(try Support.problems("compute:\n  k: {categorical_kl: {p: [1, 0], q: [0, 1]}}").map(\.message) == [
            "computation `k`: `q` is 0 where `p` is not, so KL(p ‖ q) is infinite",
        ])
    }
}
