/// The optimiser settings of `train` and `optimize`: SGD (with momentum) or Adam, a learning
/// rate, a number of steps and weight decay.
struct OptimizerRun {
    var adam: Bool
    var rate: Double
    var steps: Int
    var momentum: Double
    var decay: Double

    init(_ arguments: Arguments) throws(EvaluationError) {
        adam = try arguments.word("optimizer", default: "sgd") == "adam"
        if adam && arguments.has("momentum") {
            throw arguments.error("momentum", "`momentum` applies to `optimizer: sgd`; Adam uses β₁ = 0.9, β₂ = 0.999")
        }
        rate = try arguments.number("learning_rate")
        steps = try arguments.integer("steps")
        momentum = try arguments.number("momentum", default: 0)
        decay = try arguments.number("weight_decay", default: 0)
    }
}
