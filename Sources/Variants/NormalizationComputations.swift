import DeepLearning

/// `batch_norm` (training mode with the batch's statistics and the running averages it
/// updates, or evaluation mode with given running averages) and `layer_norm` on a given batch.
struct NormalizationComputations {
    var arguments: Arguments

    static let common: [Option] = [
        .required("input", .values), .optional("gamma", .values), .optional("beta", .values), .optional("epsilon", .positive),
        .optional("wrt", .word(["input", "gamma", "beta"])), .optional("upstream", .values),
    ]
    static let batchTable = common + [
        .optional("mode", .word(["train", "eval"])), .optional("running_mean", .values), .optional("running_var", .values),
        .optional("momentum", .number),
        .optional("result", .word(["output", "mean", "variance", "running_mean", "running_var", "gradient"])),
    ]
    static let layerTable = common + [.optional("result", .word(["output", "gradient"]))]

    func run(batch: Bool) throws(EvaluationError) -> Value {
        let read = TensorArguments(arguments: arguments)
        let x = try read.matrix("input", "a batch, one row per example")
        let features = x.shape[1]
        let leaves = [
            "input": Variable(x, requiresGrad: true),
            "gamma": Variable(try read.vector("gamma", length: features, "one γ per feature", default: 1), requiresGrad: true),
            "beta": Variable(try read.vector("beta", length: features, "one β per feature", default: 0), requiresGrad: true),
        ]
        let epsilon = try arguments.number("epsilon", default: 1e-5)
        let result = try arguments.word("result", default: "output")
        guard batch else {
            let y = Normalization.layerNorm(leaves["input"]!, gain: leaves["gamma"]!, shift: leaves["beta"]!, epsilon: epsilon)
            return result == "gradient" ? try read.gradient(of: y, leaves: leaves) : TensorArguments.value(y.value)
        }
        let momentum = try arguments.number("momentum", default: 0.1)
        guard momentum >= 0, momentum <= 1 else { throw arguments.error("momentum", "`momentum` of the running averages is from 0 to 1") }
        let runningVariance = try read.vector("running_var", length: features, "one running variance per feature", default: 1)
        guard runningVariance.scalars.allSatisfy({ $0 >= 0 }) else { throw arguments.error("running_var", "a variance cannot be negative") }
        let norm = BatchNorm(gain: leaves["gamma"]!, shift: leaves["beta"]!,
                             runningMean: try read.vector("running_mean", length: features, "one running mean per feature", default: 0),
                             runningVariance: runningVariance, momentum: momentum, epsilon: epsilon)
        let training = try arguments.word("mode", default: "train") == "train"
        if !training, ["mean", "variance"].contains(result) {
            throw arguments.error("result", "`result: \(result)` is a statistic of the batch in training mode; in `mode: eval` the running averages are used")
        }
        norm.isTraining = training
        let y = norm(leaves["input"]!)
        switch result {
        case "mean": return .vector(norm.batchMean!.scalars)
        case "variance": return .vector(norm.batchVariance!.scalars)
        case "running_mean": return .vector(norm.runningMean.scalars)
        case "running_var": return .vector(norm.runningVariance.scalars)
        case "gradient": return try read.gradient(of: y, leaves: leaves)
        default: return TensorArguments.value(y.value)
        }
    }
}
