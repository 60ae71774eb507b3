import Testing
@testable import DeepLearning

/// Central differences against reverse mode for the layers a `model:` lists over batches: an
/// LSTM and a GRU over batches of sequences (every step, or the last), self-attention sample by
/// sample with a causal mask, batch norm of sequences and of image channels, layer norm over a
/// sequence, an embedding read from ids, dropout with a given mask.
@Suite struct ModelLayerGradientTests: RandomTensors {
    var rng = Xoshiro256StarStar(seed: 1202)

    @Test mutating func lstmLayerOverABatchThroughFiveSteps() {
        checkGradients([random([2, 5, 3]), random([16, 3]), random([16, 4]), random([16]), random([1, 4]), random([1, 4])]) { v in
            let layer = LSTMLayer(cell: LSTMCell(inputWeight: v[1], hiddenWeight: v[2], bias: v[3]), initialHidden: v[4], initialCell: v[5])
            let last = LSTMLayer(cell: layer.cell, initialHidden: v[4], initialCell: v[5], returnsSequence: false)
            return weightedSum(layer(v[0])) + weightedSum(last(v[0]), seed: 4)
        }
    }

    @Test mutating func gruLayerOverABatchThroughFiveSteps() {
        checkGradients([random([2, 5, 3]), random([12, 3]), random([12, 4]), random([12]), random([12]), random([1, 4])]) { v in
            let cell = GRUCell(inputWeight: v[1], hiddenWeight: v[2], bias: v[3], hiddenBias: v[4])
            return weightedSum(GRULayer(cell: cell, initialHidden: v[5])(v[0]))
        }
    }

    @Test mutating func selfAttentionOverABatchWithACausalMask() {
        let mask = AttentionMask.causal(queries: 4, keys: 4)
        checkGradients([random([2, 4, 4])] + (0..<4).map { _ in random([4, 4]) }) { v in
            let heads = MultiHeadAttention(heads: 2, queryWeight: v[1], keyWeight: v[2], valueWeight: v[3], outputWeight: v[4])
            return weightedSum(SelfAttention(projections: heads, mask: mask)(v[0])) + weightedSum(SelfAttention(projections: nil, mask: mask)(v[0]), seed: 2)
        }
    }

    @Test mutating func batchNormOfSequencesAndImageChannels() {
        checkGradients([random([2, 3, 4, 2]), random([3], 0.5, 1.5), random([3])]) { v in
            weightedSum(BatchNorm(gain: v[1], shift: v[2], runningMean: .zeros([3]), runningVariance: .ones([3]))(v[0]))
        }
        checkGradients([random([2, 4, 3]), random([3], 0.5, 1.5), random([3])]) { v in
            weightedSum(BatchNorm(gain: v[1], shift: v[2], runningMean: .zeros([3]), runningVariance: .ones([3]))(v[0]))
        }
    }

    @Test mutating func layerNormEmbeddingAndMaskedDropout() {
        let mask = Tensor(shape: [1, 3, 2], scalars: [1, 0, 1, 1, 0, 1])
        checkGradients([random([1, 3, 2]), random([2], 0.5, 1.5), random([2]), random([5, 2])]) { v in
            let embedded = Embedding(table: v[3])(Variable(Tensor(shape: [1, 3], scalars: [4, 0, 4])))
            return weightedSum(MaskedDropout(mask: mask, rate: 0.3)(LayerNorm(gain: v[1], shift: v[2])(v[0] + embedded)))
        }
    }
}
