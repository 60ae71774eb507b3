/// Scaled dot-product attention, softmax(Q·Kᵀ/√d_k + mask)·V, on queries Q [n, d_k], keys
/// K [m, d_k] and values V [m, d_v]: composed from the engine's ops, so its gradients reach Q, K and V.
public enum Attention {
    /// The scores, weights and output of one attention.
    public struct Result {
        /// Q·Kᵀ/√d_k [n, m], before masking.
        public var scores: Variable
        /// softmax of the masked scores, row by row [n, m]; blocked pairs are exactly 0.
        public var weights: Variable
        /// weights·V [n, d_v].
        public var output: Variable
    }

    public static func scaledDotProduct(queries q: Variable, keys k: Variable, values v: Variable,
                                        mask: AttentionMask? = nil) -> Result {
        precondition(q.shape.count == 2 && k.shape.count == 2 && v.shape.count == 2 && q.shape[1] == k.shape[1] && k.shape[0] == v.shape[0],
                     "attention: Q \(q.shape), K \(k.shape), V \(v.shape) do not fit")
        let scores = q.matmul(k, transposeOther: true) * (1 / Double(q.shape[1]).squareRoot())
        var masked = scores
        if let mask {
            precondition(mask.allowed.count == q.shape[0] && mask.allowed.allSatisfy { $0.count == k.shape[0] },
                         "attention: the mask is not [\(q.shape[0]), \(k.shape[0])]")
            precondition(mask.emptyRow == nil, "attention: query \(mask.emptyRow ?? 0) may attend to no key")
            masked = scores + Variable(mask.additive)
        }
        let weights = masked.softmax()
        return Result(scores: scores, weights: weights, output: weights.matmul(v))
    }
}

/// Multi-head attention: Q = X_q·W_qᵀ + b_q, K = X_kv·W_kᵀ + b_k, V = X_kv·W_vᵀ + b_v, split by
/// columns into `heads` heads of d/heads each, attended head by head, joined and projected by
/// W_o, b_o. All weights are [d, d]: 4d² + 4d parameters with biases.
public struct MultiHeadAttention {
    public let heads: Int
    public let queryWeight: Variable, keyWeight: Variable, valueWeight: Variable, outputWeight: Variable
    /// b_q, b_k, b_v, b_o, or nil without biases.
    public let biases: [Variable]?

    /// The weights of every head [n, m], and the output [n, d].
    public struct Result {
        public var weights: [Variable]
        public var output: Variable
    }

    public init(heads: Int, queryWeight: Variable, keyWeight: Variable, valueWeight: Variable,
                outputWeight: Variable, biases: [Variable]? = nil) {
        let d = queryWeight.shape[0]
        precondition(heads >= 1 && d % heads == 0, "MultiHeadAttention: \(heads) heads do not divide d = \(d)")
        precondition([queryWeight, keyWeight, valueWeight, outputWeight].allSatisfy { $0.shape == [d, d] },
                     "MultiHeadAttention: every weight must be [\(d), \(d)]")
        precondition(biases.map { $0.count == 4 && $0.allSatisfy { $0.shape == [d] } } ?? true,
                     "MultiHeadAttention: four biases of [\(d)]")
        self.heads = heads
        self.queryWeight = queryWeight
        self.keyWeight = keyWeight
        self.valueWeight = valueWeight
        self.outputWeight = outputWeight
        self.biases = biases
    }

    /// The model width d.
    public var width: Int { queryWeight.shape[0] }
    public var parameterCount: Int { 4 * width * width + (biases == nil ? 0 : 4 * width) }

    /// Queries from `queries` [n, d], keys and values from `context` [m, d] (the same for self-attention).
    public func callAsFunction(_ queries: Variable, context: Variable, mask: AttentionMask? = nil) -> Result {
        func project(_ x: Variable, _ w: Variable, _ k: Int) -> Variable {
            let y = x.matmul(w, transposeOther: true)
            return biases.map { y + $0[k] } ?? y
        }
        let q = project(queries, queryWeight, 0), k = project(context, keyWeight, 1), v = project(context, valueWeight, 2)
        let size = width / heads
        var weights: [Variable] = [], outputs: [Variable] = []
        for head in 0..<heads {
            let columns = (head * size)..<((head + 1) * size)
            let result = Attention.scaledDotProduct(queries: q.slice(axis: 1, columns), keys: k.slice(axis: 1, columns),
                                                    values: v.slice(axis: 1, columns), mask: mask)
            weights.append(result.weights)
            outputs.append(result.output)
        }
        let joined = heads == 1 ? outputs[0] : Variable.concatenate(outputs, axis: 1)
        return Result(weights: weights, output: project(joined, outputWeight, 3))
    }
}
