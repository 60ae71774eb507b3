import DeepLearning

/// `attention: {mask, padding}`, softmax(X·Xᵀ/√d + mask)·X, and `multi_head_attention: {heads,
/// query_weights, key_weights, value_weights, output_weights, bias, mask, padding}`, self-attention
/// over a sequence [T, d] that keeps its shape. Random projections are uniform in ±1/√d; biases
/// (with `bias: true`, the default of a multi-head layer) start at zero.
struct AttentionRecipe: LayerRecipe {
    let name: String
    static let projections = ["query_weights", "key_weights", "value_weights", "output_weights"]
    var table: OptionTable {
        let mask: [Option] = [.optional("mask", .word(["none", "causal"])), .optional("padding", .values)]
        guard name == "multi_head_attention" else { return OptionTable(name, mask) }
        return OptionTable(name, [.optional("heads", .integer(SpecLimits.size)), .optional("bias", .word(["true", "false"]))]
                           + Self.projections.map { .optional($0, .values) } + mask)
    }

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        guard input.count == 2 else {
            throw options.error(nil, "needs a sequence input [positions, width], but its input is \(LayerRecipes.describe(input))")
        }
        let (t, d) = (input[0], input[1])
        let mask = try AttentionMask.read(options, queries: t, keys: t)
        guard name == "multi_head_attention" else {
            return BuiltLayer(layer: SelfAttention(projections: nil, mask: mask), output: input)
        }
        let heads = try options.integer("heads", default: 1)
        guard d % heads == 0 else { throw options.error("heads", "\(heads) heads do not divide the width \(d) of its input") }
        let given = Self.projections.filter(options.has)
        guard given.isEmpty || given.count == 4 else {
            throw options.error(given[0], "takes all four projections (\(Self.projections.joined(separator: ", "))) or none (random ones)")
        }
        try LayerRecipes.checkSize([4, d, d], "weights", options)
        var projections: [Variable] = []
        for key in Self.projections {
            projections.append(try weights.given(key, [d, d], "a projection of width \(d)", options)
                               ?? weights.random([d, d], bound: 1 / Double(d).squareRoot()))
        }
        let biases = try options.word("bias", default: "true") == "true" ? (0..<4).map { _ in Variable(.zeros([d]), requiresGrad: true) } : nil
        let attention = MultiHeadAttention(heads: heads, queryWeight: projections[0], keyWeight: projections[1],
                                           valueWeight: projections[2], outputWeight: projections[3], biases: biases)
        return BuiltLayer(layer: SelfAttention(projections: attention, mask: mask), output: input)
    }
}
