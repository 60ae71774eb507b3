import Testing
@testable import DeepLearning

/// Central differences against reverse mode for the gated RNNs (through six steps), attention
/// with causal and padding masks, normalisation, embeddings, grouped convolutions and the newer
/// losses: every input, weight and initial state.
@Suite struct LayerGradientTests: RandomTensors {
    var rng = Xoshiro256StarStar(seed: 2026)

    @Test mutating func lstmThroughSixSteps() {
        let inputs = [random([6, 2, 3]), random([16, 3]), random([16, 4]), random([16]), random([2, 4]), random([2, 4])]
        checkGradients(inputs) { v in
            let steps = LSTMCell(inputWeight: v[1], hiddenWeight: v[2], bias: v[3])
                .unroll(LayerReferenceTests.steps(v[0]), hidden: v[4], cell: v[5])
            return weightedSum(steps.last!.hidden) + weightedSum(steps[2].cell, seed: 7)
        }
    }

    @Test mutating func gruThroughSixSteps() {
        let inputs = [random([6, 2, 3]), random([12, 3]), random([12, 4]), random([12]), random([12]), random([2, 4])]
        checkGradients(inputs) { v in
            let steps = GRUCell(inputWeight: v[1], hiddenWeight: v[2], bias: v[3], hiddenBias: v[4])
                .unroll(LayerReferenceTests.steps(v[0]), hidden: v[5])
            return weightedSum(steps.last!.hidden) + weightedSum(steps[1].update, seed: 5)
        }
    }

    @Test mutating func attentionWithCausalAndPaddingMasks() {
        let mask = AttentionMask.causal(queries: 4, keys: 4).intersection(.padding(queries: 4, validKeys: [true, true, false, true]))
        checkGradients([random([4, 3]), random([4, 3]), random([4, 2])]) { v in
            let result = Attention.scaledDotProduct(queries: v[0], keys: v[1], values: v[2], mask: mask)
            return weightedSum(result.output) + weightedSum(result.weights, seed: 3)
        }
    }

    @Test mutating func multiHeadAttentionWithAMask() {
        let inputs = [random([4, 6]), random([3, 6])] + (0..<4).map { _ in random([6, 6]) } + (0..<3).map { _ in random([6]) }
        let keyBias = Variable(random([6]), requiresGrad: true)
        let mask = AttentionMask.padding(queries: 4, validKeys: [true, false, true])
        checkGradients(inputs) { v in
            let attention = MultiHeadAttention(heads: 3, queryWeight: v[2], keyWeight: v[3], valueWeight: v[4],
                                               outputWeight: v[5], biases: [v[6], keyBias, v[7], v[8]])
            return weightedSum(attention(v[0], context: v[1], mask: mask).output)
        }
        // b_k adds q·b_k to a whole row of scores, which the softmax ignores: no gradient reaches it.
        #expect(keyBias.grad!.scalars.allSatisfy { abs($0) < 1e-12 })
    }

    @Test mutating func normalisationAndEmbedding() {
        checkGradients([random([3, 5]), random([5]), random([5])]) { v in weightedSum(Normalization.layerNorm(v[0], gain: v[1], shift: v[2])) }
        checkGradients([random([4, 3], -2, 2), random([3]), random([3])]) { v in
            weightedSum(BatchNorm(gain: v[1], shift: v[2], runningMean: .zeros([3]), runningVariance: .ones([3]))(v[0]))
        }
        checkGradients([random([4, 3], -2, 2), random([3]), random([3])]) { v in
            let norm = BatchNorm(gain: v[1], shift: v[2], runningMean: Tensor([0.1, -0.2, 0.3]), runningVariance: Tensor([0.5, 1, 2]))
            norm.isTraining = false
            return weightedSum(norm(v[0]))
        }
        checkGradients([random([5, 2])]) { v in weightedSum(Embedding(table: v[0])([4, 1, 4, 0])) }
    }

    @Test mutating func groupedConvolution() {
        checkGradients([random([1, 4, 6, 6]), random([4, 2, 3, 3])]) { v in
            weightedSum(v[0].conv2d(v[1], window: Window2D(kernel: 3, stride: 2, padding: 1, dilation: 2), groups: 2))
        }
    }

    @Test mutating func losses() {
        checkGradients([random([3, 4], -2, 2)]) { v in Loss.labelSmoothedCrossEntropy(logits: v[0], labels: [1, 3, 0], smoothing: 0.2) }
        checkGradients([random([6], -3, 3)]) { v in Loss.binaryCrossEntropy(logits: v[0], targets: Tensor([1, 0, 0, 1, 1, 0])) }
        checkGradients([Tensor([0.3, -0.2, 1.7, -0.4])]) { v in Loss.hinge(v[0], labels: Tensor([1, -1, 1, 1])) }
        checkGradients([Tensor([0.2, 0.5, 0.3]), Tensor([0.4, 0.4, 0.2])]) { v in Loss.categoricalKL(v[0], v[1]) }
        checkGradients([random([4]), random([4], 0.5, 2)]) { v in Loss.gaussianNLL(Tensor([0.1, -0.3, 0.8, 0]), mean: v[0], variance: v[1]) }
    }
}
