import Testing
@testable import DeepLearning

/// The gated RNNs, attention, normalisation, embeddings, grouped convolutions, newer losses and
/// optimisers against JAX in float64 (Fixtures/layers.json, `python3 Scripts/jax_reference.py
/// layers`), at a relative 1e-10.
@Suite struct LayerReferenceTests {
    let tolerance = 1e-10

    /// The fixture's [T, N, d] inputs as T steps of [N, d].
    static func steps(_ xs: Variable) -> [Variable] {
        (0..<xs.shape[0]).map { xs.slice(axis: 0, $0..<($0 + 1)).reshaped(Array(xs.shape.dropFirst())) }
    }

    /// States of every step stacked as [T, N, h].
    static func stacked(_ states: [Variable]) -> Variable {
        Variable.concatenate(states.map { $0.reshaped([1] + $0.shape) }, axis: 0)
    }

    @Test func everyCaseAgreesWithJAX() throws {
        let fx = try fixture("layers.json")
        let labels = (fx["labels"] as! [Any]).map(integer), ids = (fx["ids"] as! [Any]).map(integer)
        let valid = fx["valid_keys"] as! [Bool]
        let mask = AttentionMask.causal(queries: 4, keys: 4).intersection(.padding(queries: 4, validKeys: valid))
        let signs = tensor(fx["signs"])
        let ops: [String: ([Variable]) -> Variable] = [
            "lstm_hidden_5_steps": { v in
                Self.stacked(LSTMCell(inputWeight: v[1], hiddenWeight: v[2], bias: v[3]).unroll(Self.steps(v[0]), hidden: v[4], cell: v[5]).map(\.hidden))
            },
            "lstm_cell_5_steps": { v in
                Self.stacked(LSTMCell(inputWeight: v[1], hiddenWeight: v[2], bias: v[3]).unroll(Self.steps(v[0]), hidden: v[4], cell: v[5]).map(\.cell))
            },
            "gru_hidden_5_steps": { v in
                Self.stacked(GRUCell(inputWeight: v[1], hiddenWeight: v[2], bias: v[3], hiddenBias: v[4]).unroll(Self.steps(v[0]), hidden: v[5]).map(\.hidden))
            },
            "attention_weights_causal_padding": { v in Attention.scaledDotProduct(queries: v[0], keys: v[1], values: v[2], mask: mask).weights },
            "attention_output_causal_padding": { v in Attention.scaledDotProduct(queries: v[0], keys: v[1], values: v[2], mask: mask).output },
            "multi_head_2_heads_causal": { v in
                MultiHeadAttention(heads: 2, queryWeight: v[1], keyWeight: v[2], valueWeight: v[3], outputWeight: v[4],
                                   biases: [v[5], Variable(tensor(fx["key_bias"])), v[6], v[7]])(v[0], context: v[0], mask: .causal(queries: 4, keys: 4)).output
            },
            "layer_norm": { v in Normalization.layerNorm(v[0], gain: v[1], shift: v[2]) },
            "batch_norm_train": { v in
                BatchNorm(gain: v[1], shift: v[2], runningMean: .zeros([3]), runningVariance: .ones([3]))(v[0])
            },
            "batch_norm_eval": { v in
                let norm = BatchNorm(gain: v[1], shift: v[2], runningMean: tensor(fx["running_mean"]),
                                     runningVariance: tensor(fx["running_var"]))
                norm.isTraining = false
                return norm(v[0])
            },
            "embedding": { v in Embedding(table: v[0])(ids) },
            "dropout_mask_0.4": { v in Dropout.apply(v[0], mask: tensor(fx["mask"]), rate: 0.4) },
            "label_smoothed_cross_entropy_0.1": { v in Loss.labelSmoothedCrossEntropy(logits: v[0], labels: labels, smoothing: 0.1) },
            "binary_cross_entropy_logits": { v in Loss.binaryCrossEntropy(logits: v[0], targets: signs.map { max($0, 0) }) },
            "hinge": { v in Loss.hinge(v[0], labels: signs) },
            "categorical_kl": { v in Loss.categoricalKL(v[0], v[1]) },
            "gaussian_nll": { v in Loss.gaussianNLL(tensor(fx["x_nll"]), mean: v[0], variance: v[1]) },
            "conv2d_groups_2_stride_2_padding_1_dilation_2": { v in
                v[0].conv2d(v[1], window: Window2D(kernel: 3, stride: 2, padding: 1, dilation: 2), groups: 2)
            },
        ]
        let cases = fx["cases"] as! [[String: Any]]
        #expect(Set(cases.map { $0["name"] as! String }) == Set(ops.keys))
        for c in cases { checkFixtureCase(c, tolerance: tolerance, ops[c["name"] as! String]!) }
    }

    @Test func batchNormUpdatesItsRunningAverages() throws {
        let fx = try fixture("layers.json")
        let batch = tensor((fx["cases"] as! [[String: Any]]).first { $0["name"] as! String == "batch_norm_train" }!["inputs"].map { ($0 as! [Any])[0] })
        let norm = BatchNorm(gain: Variable(.ones([3])), shift: Variable(.zeros([3])), runningMean: tensor(fx["running_mean"]),
                             runningVariance: tensor(fx["running_var"]))
        _ = norm(Variable(batch))
        #expect(relativeError(norm.runningMean, tensor(fx["batch_running_mean"])) < tolerance)
        #expect(relativeError(norm.runningVariance, tensor(fx["batch_running_var"])) < tolerance)
    }

    @Test func optimizerTrajectories() throws {
        let fx = try fixture("layers.json")["optimizers"] as! [String: Any]
        let a = Variable(tensor(fx["A"])), b = Variable(tensor(fx["b"]).reshaped([-1, 1]))
        for run in fx["runs"] as! [[String: Any]] {
            let name = run["name"] as! String
            let w = Variable(tensor(fx["w0"]).reshaped([-1, 1]), requiresGrad: true)
            let parameters = [Parameter("w", w)]
            let rate = run["rate"] as! [String: Any]
            let base = number(rate["base"])
            var schedule = LearningRateSchedule(base: base, warmup: rate["warmup"].map(integer) ?? 0)
            if let every = rate["every"] { schedule.decay = .step(every: integer(every), factor: number(rate["factor"])) }
            if let steps = rate["cosine"] { schedule.decay = .cosine(steps: integer(steps), minimum: number(rate["minimum"])) }
            var optimizer: any Optimizer = switch name {
            case "sgd_momentum": SGD(parameters: parameters, learningRate: base, momentum: 0.9)
            case "sgd_nesterov": SGD(parameters: parameters, learningRate: base, momentum: 0.9, nesterov: true, weightDecay: 0.01)
            case "sgd_step_schedule": SGD(parameters: parameters, learningRate: base, momentum: 0.5)
            case "rmsprop": RMSProp(parameters: parameters, learningRate: base, decay: 0.9)
            case "adam_l2": Adam(parameters: parameters, learningRate: base, weightDecay: 0.1)
            default: Adam(parameters: parameters, learningRate: base, weightDecay: 0.1, decoupled: true)
            }
            var trajectory: [Tensor] = []
            let losses = optimizer.minimize(steps: 10, schedule: schedule, loss: {
                (a.matmul(w) - b).squared().sum() * 0.5 + w.pow(4).sum() * 0.1
            }, afterStep: { _ in trajectory.append(w.value.reshaped([-1])) })
            for (step, want) in (run["trajectory"] as! [Any]).enumerated() {
                #expect(relativeError(trajectory[step], tensor(want)) < tolerance, "\(name): step \(step + 1)")
            }
            for (got, want) in zip(losses, (run["losses"] as! [Any]).map(number)) {
                #expect(abs(got - want) <= tolerance * max(1, abs(want)), "\(name): loss")
            }
        }
    }
}

extension LayerReferenceTests {
    @Test func determinantAndInverse() throws {
        let fx = try fixture("layers.json")
        let square = tensor(fx["square"])
        #expect(abs(Matrix.determinant(square) - number(fx["det"])) <= tolerance * abs(number(fx["det"])))
        #expect(relativeError(try #require(Matrix.inverse(square)), tensor(fx["inv"])) < tolerance)
        let singular = Tensor([[1, 2, 3], [2, 4, 6], [0, 1, 1]])
        #expect(Matrix.determinant(singular) == 0)
        #expect(Matrix.inverse(singular) == nil)
        #expect(Matrix.determinant(Tensor([[0, 1], [1, 0]])) == -1)
    }
}
