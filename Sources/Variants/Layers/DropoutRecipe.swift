import DeepLearning

/// `dropout: {rate: p, mask: M}`: inverted dropout with a given mask, one 1 (kept) or 0
/// (dropped) per number of the layer's input (of the whole batch), so x ⊙ M / (1 − p).
struct DropoutRecipe: LayerRecipe {
    let name = "dropout"
    let table = OptionTable("dropout", [.required("rate", .number), .required("mask", .values)])

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        let rate = try options.number("rate")
        guard rate >= 0, rate < 1 else { throw options.error("rate", "`rate` is a probability from 0 up to (not including) 1") }
        let shape = [weights.batch] + input
        let mask = try TensorArguments(arguments: options).tensor("mask", shape: shape, "the mask of the layer's input")
        guard mask.scalars.allSatisfy({ $0 == 0 || $0 == 1 }) else {
            throw options.error("mask", "`mask` holds 1 (kept) or 0 (dropped) only")
        }
        return BuiltLayer(layer: MaskedDropout(mask: mask, rate: rate), output: input)
    }
}
