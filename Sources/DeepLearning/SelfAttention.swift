/// Self-attention over batches of sequences [N, T, d], sample by sample: multi-head attention
/// with its projections, or without them softmax(X·Xᵀ/√d + mask)·X, under an optional mask.
public struct SelfAttention: Layer {
    /// The projections, or nil for attention of the input on itself.
    public let projections: MultiHeadAttention?
    public let mask: AttentionMask?

    public init(projections: MultiHeadAttention?, mask: AttentionMask? = nil) {
        precondition(mask?.emptyRow == nil, "SelfAttention: a query of the mask may attend to no key")
        self.projections = projections
        self.mask = mask
    }

    public func callAsFunction(_ x: Variable) -> Variable {
        precondition(x.shape.count == 3, "SelfAttention: input \(x.shape) is not [N, T, d]")
        return Variable.batching(x.samples.map { sample in
            projections.map { $0(sample, context: sample, mask: mask).output }
                ?? Attention.scaledDotProduct(queries: sample, keys: sample, values: sample, mask: mask).output
        })
    }

    public var parameters: [Parameter] {
        guard let p = projections else { return [] }
        let weights = [Parameter("query_weight", p.queryWeight), Parameter("key_weight", p.keyWeight),
                       Parameter("value_weight", p.valueWeight), Parameter("output_weight", p.outputWeight)]
        let biases = zip(["query_bias", "key_bias", "value_bias", "output_bias"], p.biases ?? []).map { Parameter($0, $1) }
        return weights + biases
    }

    public var summary: String {
        projections.map { "MultiHeadAttention(\($0.width), \($0.heads) heads)" } ?? "Attention"
    }
}
