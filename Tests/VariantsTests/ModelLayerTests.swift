import Foundation
import Testing
@testable import Variants

/// The layers of `model:` beyond dense and conv — LSTM, GRU, attention, batch and layer norm,
/// embeddings, dropout with a mask, convolutions with given filters — and inputs with values
/// (images [C, H, W], batches, sequences, token ids): against closed forms, and against the
/// same layers computed on given values by the `compute:` kinds.
@Suite struct ModelLayerTests {
    static func computed(_ front: String) throws -> [String: Value] {
        try Support.variant(try Support.exercise(front)).computed
    }

    static func close(_ a: Value?, _ b: Value?, _ tolerance: Double = 1e-12) -> Bool {
        guard let x = a?.numbers, let y = b?.numbers, x.count == y.count else { return false }
        return zip(x, y).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
    }

    /// A two-channel 5×5 image: channel 1 holds 1 … 25 row by row, channel 2 holds 0.
    static let image = "[" + (0..<10).map { row in "[" + (0..<5).map { row < 5 ? "\(row * 5 + $0 + 1)" : "0" }.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"

    @Test func aConvolutionOnATwoChannelImageWithItsGradients() throws {
        // One 3×3 filter that sums channel 1 and ignores channel 2 (written as 6 rows of 3).
        let values = try Self.computed("""
            parameters:
              X: \(Self.image)
              K: [[1, 1, 1], [1, 1, 1], [1, 1, 1], [0, 0, 0], [0, 0, 0], [0, 0, 0]]
            model:
              input: {values: X, shape: [2, 5, 5]}
              layers:
                - conv2d: {weights: K, bias: [0.5]}
            compute:
              y: output
              shape: output_shape
              dX: {gradient: {wrt: input, layer: 1}}
              dK: {gradient: {wrt: K, layer: 1}}
              db: {gradient: {wrt: layer1.bias, layer: 1}}
            """)
        // y[i][j] = Σ of the 3×3 window at (i, j) + ½: the window sums of 1 … 25.
        let x: [[Double]] = (0..<5).map { r in (0..<5).map { Double(r * 5 + $0 + 1) } }
        func block(_ i: Int, _ j: Int) -> Double {
            var sum = 0.0
            for a in 0..<3 { for b in 0..<3 { sum += x[i + a][j + b] } }
            return sum
        }
        let windows: [[Double]] = (0..<3).map { i in (0..<3).map { j in block(i, j) + 0.5 } }
        #expect(values["y"] == .matrix(windows))
        #expect(values["shape"] == .vector([1, 3, 3]))
        // ∂Σy/∂x counts the windows over each pixel: (1 2 3 2 1) ⊗ (1 2 3 2 1) on channel 1, 0 on channel 2.
        let counts: [Double] = [1, 2, 3, 2, 1]
        let zeros = [[Double]](repeating: [0, 0, 0, 0, 0], count: 5)
        let channel1: [[Double]] = counts.map { a in counts.map { a * $0 } }
        #expect(values["dX"] == .matrix(channel1 + zeros))
        // ∂Σy/∂K[c][a][b] is the sum of the 3×3 block of channel c that K[c][a][b] touches.
        let blocks: [[Double]] = (0..<3).map { a in (0..<3).map { b in block(a, b) } }
        #expect(values["dK"] == .matrix(blocks + [[Double]](repeating: [0, 0, 0], count: 3)))
        #expect(values["db"] == .vector([9]))
    }

    @Test func maxPoolRoutesTheGradientAndTheSupportFollows() throws {
        let values = try Self.computed("""
            parameters:
              X: [[1, 5, 2, 0], [3, 4, 8, 1], [0, 2, 1, 1], [9, 1, 3, 7]]
            model:
              input: {values: X, shape: [1, 4, 4]}
              layers:
                - maxpool2d: {kernel: 2}
            compute:
              y: output
              route: {gradient: {wrt: input, upstream: [[1, 2], [3, 4]]}}
              support: {input_support: {unit: [1, 2, 1]}}
              n: {input_support: {unit: [1, 1, 1], result: count}}
            """)
        #expect(values["y"] == .matrix([[5, 8], [9, 7]]))
        #expect(values["route"] == .matrix([[0, 1, 0, 0], [0, 0, 2, 0], [0, 0, 0, 0], [3, 0, 0, 4]]))
        #expect(values["support"] == .matrix([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [1, 0, 0, 0]]))
        #expect(values["n"] == .number(1))
    }

    @Test func theSupportOfAUnitBehindAReLUThatIsOff() throws {
        // Two stacked 2×2 sums: the field of a second-layer unit is 3×3, unless the ReLU between
        // blocks part of it. With a negative corner the first-layer unit at (1, 1) is off.
        let values = try Self.computed("""
            parameters:
              X: [[-9, 1, 1], [1, 1, 1], [1, 1, 1]]
            model:
              input: {values: X, shape: [1, 3, 3]}
              layers:
                - conv2d: {weights: [[1, 1], [1, 1]]}
                - activation: relu
                - conv2d: {weights: [[1, 1], [1, 1]]}
            compute:
              field: {receptive_field: {layer: 3}}
              touched: {input_support: {unit: [1, 1, 1]}}
              n: {input_support: {unit: [1, 1, 1], result: count}}
            """)
        #expect(values["field"] == .number(3))
        // Only the three first-layer units that are on pass a gradient: all but the corner (1, 1).
        #expect(values["touched"] == .matrix([[0, 1, 1], [1, 1, 1], [1, 1, 1]]))
        #expect(values["n"] == .number(8))
    }

    @Test func anLSTMLayerAgreesWithTheLSTMComputation() throws {
        let values = try Self.computed("""
            parameters:
              X: [[1, 0], [0.5, -1], [2, 1]]
              W: [[0.1, 0.2], [-0.3, 0.4], [0.5, -0.6], [0.7, 0.8], [0.2, 0.1], [-0.4, 0.3], [0.6, -0.5], [0.8, 0.7]]
              U: [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6], [0.7, -0.8], [0.2, 0.3], [0.4, -0.1], [-0.6, 0.5], [0.8, 0.2]]
              b: [0.1, 0, -0.1, 0.2, 0, 0.1, 0.3, -0.2]
            model:
              input: X
              layers:
                - lstm: {input_weights: W, hidden_weights: U, bias: b, h0: [0.5, -0.5], c0: [1, 0]}
            compute:
              states: output
              dW: {gradient: {wrt: W, layer: 1}}
              dh0: {gradient: {wrt: layer1.input_weight, layer: 1}}
              reference: {lstm: {inputs: X, input_weights: W, hidden_weights: U, bias: b, h0: [0.5, -0.5], c0: [1, 0]}}
              referenceW: {lstm: {inputs: X, input_weights: W, hidden_weights: U, bias: b, h0: [0.5, -0.5], c0: [1, 0], result: gradient, wrt: input_weights, upstream: [[1, 1], [1, 1], [1, 1]]}}
              count: parameter_count
            """)
        #expect(Self.close(values["states"], values["reference"]))
        #expect(Self.close(values["dW"], values["referenceW"]))
        #expect(values["dW"] == values["dh0"])
        #expect(values["count"] == .number(4 * (2 * 2 + 2 * 2 + 2)))
    }

    @Test func aGRULayerGivesItsLastStateAndFeedsADenseLayer() throws {
        // Zero weights: r = z = ½, n = 0, so h halves every step: h(3) = h0/8.
        let values = try Self.computed("""
            parameters:
              Z: [[0], [0], [0]]
            model:
              input: [[1], [2], [3]]
              layers:
                - gru: {input_weights: Z, hidden_weights: Z, h0: [8], states: last}
                - dense: {weights: [[2]], bias: [1]}
            compute:
              h: {hidden: {layer: 1}}
              y: output
              shape: output_shape
            """)
        #expect(values["h"] == .vector([1]))
        #expect(values["y"] == .vector([3]))
        #expect(values["shape"] == .vector([1]))
    }

    @Test func multiHeadAttentionAgreesWithTheComputation() throws {
        let values = try Self.computed("""
            parameters:
              X: [[1, 0, 0.5, -1], [0, 1, 1, 0], [0.5, 0.5, -1, 2]]
              I: [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]
              A: [[0.5, 0.1, 0, 0.2], [0, 1, 0.3, 0], [0.1, 0, 1, 0.4], [0.2, 0.3, 0, 1]]
            model:
              input: X
              layers:
                - multi_head_attention: {heads: 2, query_weights: A, key_weights: I, value_weights: A, output_weights: I, bias: false, mask: causal}
            compute:
              y: output
              reference: {multi_head_attention: {input: X, heads: 2, query_weights: A, key_weights: I, value_weights: A, output_weights: I, mask: causal}}
              count: parameter_count
            """)
        #expect(Self.close(values["y"], values["reference"]))
        #expect(values["count"] == .number(4 * 16))
    }

    @Test func plainAttentionWithPadding() throws {
        // softmax(X·Xᵀ/√2) with the last position padded: every position attends to the first two.
        let values = try Self.computed("""
            model:
              input: [[1, 0], [0, 1], [5, 5]]
              layers:
                - attention: {padding: [1, 1, 0]}
            compute:
              y: output
            """)
        let w = 1 / (1 + exp(-1 / sqrt(2.0)))
        guard case .matrix(let y)? = values["y"] else { Issue.record("a sequence gives a matrix"); return }
        #expect(abs(y[0][0] - w) < 1e-15 && abs(y[0][1] - (1 - w)) < 1e-15)
        #expect(abs(y[2][0] - 0.5) < 1e-15 && abs(y[2][1] - 0.5) < 1e-15)
    }

    @Test func batchNormOnABatchInTrainingAndEvaluation() throws {
        let values = try Self.computed("""
            parameters:
              X: [[1, 2], [3, 6]]
            model:
              input: {values: X, batch: 2}
              layers:
                - batch_norm: {epsilon: 0.0001}
            compute:
              y: output
              reference: {batch_norm: {input: X, epsilon: 0.0001}}
              dg: {gradient: {wrt: layer1.gain, upstream: [[1, 0], [0, 1]]}}
            """)
        #expect(values["y"] == values["reference"])
        // ∂/∂γ of y₁₁ + y₂₂ is x̂₁₁ and x̂₂₂: (1 − 2)/√(1 + ε) and (6 − 4)/√(4 + ε).
        #expect(Self.close(values["dg"], .vector([-1 / sqrt(1 + 0.0001), 2 / sqrt(4 + 0.0001)])))
        let eval = try Self.computed("""
            model:
              input: [4, 10]
              layers:
                - batch_norm: {mode: eval, running_mean: [1, 1], running_var: [4, 9], gamma: [2, 1], beta: [0, 1], epsilon: 1e-300}
            compute:
              y: output
            """.replacingOccurrences(of: "input: [4, 10]", with: "input: {values: [4, 10]}"))
        // (4 − 1)/2·2 + 0 and (10 − 1)/3·1 + 1.
        #expect(Self.close(eval["y"], .vector([3, 4])))
    }

    @Test func batchNormOfImagesIsPerChannel() throws {
        // Two 1×2 images of two channels: channel 1 holds 1, 3 | 5, 7 (mean 4, variance 5).
        let values = try Self.computed("""
            model:
              input: {values: [1, 3, 0, 0, 5, 7, 0, 0], shape: [2, 1, 2], batch: 2}
              layers:
                - batch_norm: {epsilon: 1e-300}
            compute:
              y: output
            """)
        let s = 1 / sqrt(5.0)
        #expect(Self.close(values["y"], .matrix([[-3 * s, -s], [0, 0], [s, 3 * s], [0, 0]])))
    }

    @Test func layerNormOfASequenceAgreesWithTheComputation() throws {
        let values = try Self.computed("""
            parameters:
              X: [[1, 2, 4], [0, -1, 3]]
            model:
              input: X
              layers:
                - layer_norm: {gamma: [1, 2, 3], beta: [0, 0, 1]}
            compute:
              y: output
              reference: {layer_norm: {input: X, gamma: [1, 2, 3], beta: [0, 0, 1]}}
              dX: {gradient: {wrt: input, upstream: [[1, 0, 0], [0, 1, 0]]}}
              referenceX: {layer_norm: {input: X, gamma: [1, 2, 3], beta: [0, 0, 1], result: gradient, wrt: input, upstream: [[1, 0, 0], [0, 1, 0]]}}
            """)
        #expect(values["y"] == values["reference"])
        #expect(values["dX"] == values["referenceX"])
    }

    @Test func anEmbeddingReadsTokenIdsAndGathersItsGradient() throws {
        let values = try Self.computed("""
            parameters:
              E: [[0, 0], [1, 2], [3, 4]]
            model:
              input: {ids: [2, 0, 2]}
              layers:
                - embedding: {table: E}
                - dropout: {rate: 0.5, mask: [[1, 0], [1, 1], [0, 1]]}
            compute:
              rows: {hidden: {layer: 1}}
              dropped: output
              dE: {gradient: {wrt: E, layer: 1, upstream: [[1, 1], [5, 5], [1, 2]]}}
              count: parameter_count
            """)
        #expect(values["rows"] == .matrix([[3, 4], [0, 0], [3, 4]]))
        #expect(values["dropped"] == .matrix([[6, 0], [0, 0], [0, 8]]))
        // Row 2 is read twice: its gradient is the sum of both positions' upstream.
        #expect(values["dE"] == .matrix([[5, 5], [0, 0], [2, 3]]))
        #expect(values["count"] == .number(6))
    }

    @Test func trainingAnLSTMModelReturnsWeightsAndLosses() throws {
        let values = try Self.computed("""
            parameters:
              V: [[0.5, -0.5]]
            model:
              input: [[1, 0], [0, 1]]
              layers:
                - lstm: {units: 2, states: last}
                - dense: {weights: V, bias: [0]}
              loss: {mse: {target: [1]}}
            compute:
              curve: {train: {optimizer: adam, learning_rate: 0.05, steps: 20}}
              weights: {train: {optimizer: adam, learning_rate: 0.05, steps: 3, result: weights, wrt: V}}
            """)
        guard let curve = values["curve"]?.numbers, case .matrix(let rows)? = values["weights"] else { Issue.record("no run"); return }
        #expect(curve.count == 21 && curve.last! < curve.first!)
        #expect(rows.count == 4 && rows[0] == [0.5, -0.5])
    }

    @Test func optimizeOverAMatrix() throws {
        // f(W) = Σ (W − M)² + W₀₁²: gradient 2(W − M), plus 2·W₀₁ at (0, 1). Gradient descent at
        // 0.25 from W = 0: W₁ = M/2 (W₀₁ is 0 at the start, so the extra term adds nothing).
        let values = try Self.computed("""
            parameters:
              M: [[1, 2], [3, 4]]
            compute:
              path: {optimize: {function: "sum((x - M)^2) + x[0][1]^2", start: [[0, 0], [0, 0]], learning_rate: 0.25, steps: 2}}
            """)
        guard case .matrix(let rows)? = values["path"] else { Issue.record("a matrix start gives one row per step"); return }
        #expect(rows.count == 3 && rows[0] == [0, 0, 0, 0])
        #expect(rows[1] == [0.5, 1, 1.5, 2])
        // W₂ = W₁ + M/4 = 3M/4, except at (0, 1), where the gradient 2(1 − 2) + 2·1 is 0.
        #expect(rows[2] == [0.75, 1, 2.25, 3])
    }
}
