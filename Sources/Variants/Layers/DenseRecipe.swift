import DeepLearning

/// `dense: {weights: W, bias: b}` with the spec's parameters, or `dense: {units: n}` with seeded
/// random weights and a zero bias.
struct DenseRecipe: LayerRecipe {
    let name = "dense"
    let table = OptionTable("dense", [
        .optional("weights", .values), .optional("bias", .values), .optional("units", .integer(SpecLimits.size)),
    ])

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        guard input.count == 1 else {
            throw options.error(nil, "needs a flat input [n], but its input is \(LayerRecipes.describe(input)); put `- flatten: {}` before it")
        }
        guard options.has("weights") != options.has("units") else {
            throw options.error(nil, "takes either `weights` (and `bias`) or `units`")
        }
        guard options.has("weights") else {
            let units = try options.integer("units")
            if options.has("bias") { throw options.error("bias", "`bias` goes with `weights`; a layer of `units` has a zero bias") }
            try LayerRecipes.checkSize([units, input[0]], "weights", options)
            return BuiltLayer(layer: Dense(input[0], units, rng: &weights.rng), output: [units])
        }
        let matrix = try options.matrix("weights")
        let (rows, columns) = (matrix.count, matrix[0].count)
        guard columns == input[0] else {
            throw options.error("weights", "its weights are \(rows)×\(columns), so it takes \(columns) inputs, but its input is \(LayerRecipes.describe(input))")
        }
        var bias: Tensor?
        if options.has("bias") {
            let b = try options.vector("bias")
            guard b.count == rows else {
                throw options.error("bias", "its bias has \(b.count) entries but its weights have \(rows) rows")
            }
            bias = Tensor(b)
        }
        let dense = Dense(weight: Tensor(matrix), bias: bias)
        if let name = options.values["weights"]?.text { weights.named[name] = dense.weight }
        if let name = options.values["bias"]?.text, let b = dense.bias { weights.named[name] = b }
        return BuiltLayer(layer: dense, output: [rows])
    }
}
