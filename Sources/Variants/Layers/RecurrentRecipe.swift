import DeepLearning

/// `lstm: {units}` or `lstm: {input_weights: W, hidden_weights: U, bias: b, h0, c0}`, and `gru`
/// (with `hidden_bias` instead of `c0`), over a sequence [T, d]: the hidden states of every step
/// [T, h], or with `states: last` of the last step [h]. The gates are stacked i, f, g, o (LSTM)
/// and r, z, n (GRU) as in PyTorch; random weights are uniform in ±1/√h, biases then zero.
struct RecurrentRecipe: LayerRecipe {
    let name: String
    var gates: Int { name == "lstm" ? 4 : 3 }
    var table: OptionTable {
        OptionTable(name, [
            .optional("units", .integer(SpecLimits.size)), .optional("input_weights", .values), .optional("hidden_weights", .values),
            .optional("bias", .values), .optional("h0", .values), .optional("states", .word(["all", "last"])),
            name == "lstm" ? .optional("c0", .values) : .optional("hidden_bias", .values),
        ])
    }

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        guard input.count == 2 else {
            throw options.error(nil, "needs a sequence input [steps, features], but its input is \(LayerRecipes.describe(input))")
        }
        let d = input[1]
        guard options.has("units") != options.has("hidden_weights") else {
            throw options.error(nil, "takes either `units` (random weights) or `input_weights` and `hidden_weights`")
        }
        let h = options.has("units") ? try options.integer("units") : try TensorArguments(arguments: options).matrix("hidden_weights", "U").shape[1]
        try LayerRecipes.checkSize([gates * h, d + h], "weights", options)
        let stacked = "the \(name.uppercased()) of \(d) features and hidden size \(h), gates stacked,"
        let bound = 1 / Double(h).squareRoot()
        let w = try weights.given("input_weights", [gates * h, d], "W of " + stacked, options) ?? weights.random([gates * h, d], bound: bound)
        let u = try weights.given("hidden_weights", [gates * h, h], "U of " + stacked, options) ?? weights.random([gates * h, h], bound: bound)
        if !options.has("units"), !options.has("input_weights") {
            throw options.error("hidden_weights", "`hidden_weights` goes with `input_weights` W [\(gates * h), \(d)]")
        }
        if options.has("units"), let written = ["input_weights", "bias", "hidden_bias"].first(where: options.has) {
            throw options.error(written, "`\(written)` goes with `hidden_weights`; a layer of `units` has random weights and a zero bias")
        }
        let bias = try weights.given("bias", [gates * h], "the bias of " + stacked, options) ?? Variable(.zeros([gates * h]), requiresGrad: true)
        let h0 = try weights.given("h0", [h], "the initial hidden state", options)?.reshaped([1, h]) ?? Variable(.zeros([1, h]))
        let last = try options.word("states", default: "all") == "last"
        let output = last ? [h] : [input[0], h]
        guard name == "lstm" else {
            let hiddenBias = try weights.given("hidden_bias", [gates * h], "the recurrent bias of " + stacked, options)
            let cell = GRUCell(inputWeight: w, hiddenWeight: u, bias: bias, hiddenBias: hiddenBias)
            return BuiltLayer(layer: GRULayer(cell: cell, initialHidden: h0, returnsSequence: !last), output: output)
        }
        let c0 = try weights.given("c0", [h], "the initial cell state", options)?.reshaped([1, h]) ?? Variable(.zeros([1, h]))
        let cell = LSTMCell(inputWeight: w, hiddenWeight: u, bias: bias)
        return BuiltLayer(layer: LSTMLayer(cell: cell, initialHidden: h0, initialCell: c0, returnsSequence: !last), output: output)
    }
}
