import DeepLearning

/// `embedding: {table: E}` (a [V, d] matrix, one row per token) or `embedding: {vocabulary: V,
/// width: d}` (rows drawn from a standard normal, as PyTorch does): the first layer of a model
/// whose input is token ids `{ids: …}`, giving [T, d].
struct EmbeddingRecipe: LayerRecipe {
    let name = "embedding"
    let table = OptionTable("embedding", [
        .optional("table", .values), .optional("vocabulary", .integer(SpecLimits.size)), .optional("width", .integer(SpecLimits.size)),
    ])

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        guard let ids = weights.tokens, input.count == 1 else {
            throw options.error(nil, "reads token ids: it is the first layer, and the model's input is `{ids: [...]}`")
        }
        weights.tokens = nil
        guard options.has("table") != (options.has("vocabulary") || options.has("width")) else {
            throw options.error(nil, "takes either `table` or `vocabulary` and `width`")
        }
        let rows: Variable
        if options.has("table") {
            let written = try TensorArguments(arguments: options).matrix("table", "a table, one row per token")
            rows = try weights.given("table", written.shape, "the table", options)!
        } else {
            let (v, d) = (try options.integer("vocabulary"), try options.integer("width"))
            try LayerRecipes.checkSize([v, d], "table", options)
            rows = Variable(.normal([v, d], using: &weights.rng), requiresGrad: true)
        }
        let vocabulary = rows.shape[0]
        if let bad = ids.first(where: { $0 >= Double(vocabulary) }) {
            throw options.error(options.has("table") ? "table" : "vocabulary",
                                "the input reads token \(Int(bad)), but the table has rows 0 … \(vocabulary - 1)")
        }
        return BuiltLayer(layer: Embedding(table: rows), output: [input[0], rows.shape[1]])
    }
}
