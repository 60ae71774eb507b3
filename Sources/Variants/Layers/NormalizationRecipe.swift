import DeepLearning

/// `batch_norm: {gamma, beta, epsilon, mode, momentum, running_mean, running_var}` and
/// `layer_norm: {gamma, beta, epsilon}`. Batch norm normalises each feature of [F] inputs, of
/// sequences [T, F] over the batch and the steps, and each channel of images [C, H, W] over the
/// batch and the pixels; in `mode: eval` it uses the running averages. Layer norm normalises
/// over the last axis. γ defaults to ones, β to zeros, ε to 1e-5.
struct NormalizationRecipe: LayerRecipe {
    let name: String
    var table: OptionTable {
        let common: [Option] = [.optional("gamma", .values), .optional("beta", .values), .optional("epsilon", .positive)]
        guard name == "batch_norm" else { return OptionTable(name, common) }
        return OptionTable(name, common + [
            .optional("mode", .word(["train", "eval"])), .optional("momentum", .number),
            .optional("running_mean", .values), .optional("running_var", .values),
        ])
    }

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        let features = name == "batch_norm" && input.count == 3 ? input[0] : input[input.count - 1]
        let what = name == "batch_norm" && input.count == 3 ? "one per channel" : "one per feature"
        let gamma = try weights.given("gamma", [features], "γ, \(what),", options) ?? Variable(.ones([features]), requiresGrad: true)
        let beta = try weights.given("beta", [features], "β, \(what),", options) ?? Variable(.zeros([features]), requiresGrad: true)
        let epsilon = try options.number("epsilon", default: 1e-5)
        guard name == "batch_norm" else {
            return BuiltLayer(layer: LayerNorm(gain: gamma, shift: beta, epsilon: epsilon), output: input)
        }
        let momentum = try options.number("momentum", default: 0.1)
        guard momentum >= 0, momentum <= 1 else { throw options.error("momentum", "`momentum` of the running averages is from 0 to 1") }
        let read = TensorArguments(arguments: options)
        let runningMean = try read.vector("running_mean", length: features, "the running mean, \(what),", default: 0)
        let runningVariance = try read.vector("running_var", length: features, "the running variance, \(what),", default: 1)
        guard runningVariance.scalars.allSatisfy({ $0 >= 0 }) else { throw options.error("running_var", "a variance cannot be negative") }
        let norm = BatchNorm(gain: gamma, shift: beta, runningMean: runningMean, runningVariance: runningVariance,
                             momentum: momentum, epsilon: epsilon)
        norm.isTraining = try options.word("mode", default: "train") == "train"
        return BuiltLayer(layer: norm, output: input)
    }
}
