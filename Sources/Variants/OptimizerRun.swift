import DeepLearning

/// The optimiser settings of `train` and `optimize`: SGD (with heavy-ball or Nesterov momentum),
/// RMSProp, Adam or AdamW; a learning rate with an optional schedule and warm-up; a number of
/// steps and weight decay (added to the gradient, or decoupled for AdamW).
struct OptimizerRun {
    var optimizer: String
    var rate: Double
    var steps: Int
    var momentum: Double
    var nesterov: Bool
    var decay: Double
    var rmsDecay: Double
    var schedule: LearningRateSchedule

    static let optimizers = ["sgd", "adam", "adamw", "rmsprop"]
    static let options: [Option] = [
        .optional("optimizer", .word(optimizers)), .required("learning_rate", .positive),
        .required("steps", .integer(0...SpecLimits.steps)), .optional("momentum", .number), .optional("nesterov", .word(["true", "false"])),
        .optional("weight_decay", .number), .optional("rho", .number),
        .optional("schedule", .word(["constant", "step", "cosine"])), .optional("warmup", .integer(0...SpecLimits.steps)),
        .optional("step_size", .integer(1...SpecLimits.steps)), .optional("gamma", .number), .optional("min_learning_rate", .number),
    ]

    init(_ arguments: Arguments) throws(EvaluationError) {
        optimizer = try arguments.word("optimizer", default: "sgd")
        for key in ["momentum", "nesterov"] where optimizer != "sgd" && arguments.has(key) {
            throw arguments.error(key, "`\(key)` applies to `optimizer: sgd`; Adam and AdamW use β₁ = 0.9, β₂ = 0.999")
        }
        if optimizer != "rmsprop" && arguments.has("rho") { throw arguments.error("rho", "`rho` applies to `optimizer: rmsprop`") }
        rate = try arguments.number("learning_rate")
        steps = try arguments.integer("steps")
        momentum = try arguments.number("momentum", default: 0)
        nesterov = try arguments.word("nesterov", default: "false") == "true"
        if nesterov && momentum == 0 { throw arguments.error("nesterov", "`nesterov: true` needs a `momentum` other than 0") }
        decay = try arguments.number("weight_decay", default: 0)
        rmsDecay = try arguments.number("rho", default: 0.99)
        guard rmsDecay >= 0, rmsDecay < 1 else { throw arguments.error("rho", "`rho` is from 0 up to (not including) 1") }
        schedule = LearningRateSchedule(base: rate, warmup: try arguments.integer("warmup", default: 0))
        switch try arguments.word("schedule", default: "constant") {
        case "step":
            schedule.decay = .step(every: try arguments.integer("step_size"), factor: try arguments.number("gamma", default: 0.1))
        case "cosine":
            let floor = try arguments.number("min_learning_rate", default: 0)
            guard floor >= 0, floor <= rate else { throw arguments.error("min_learning_rate", "`min_learning_rate` is from 0 to the `learning_rate`") }
            schedule.decay = .cosine(steps: max(steps - schedule.warmup, 1), minimum: floor)
        default:
            for key in ["step_size", "gamma", "min_learning_rate"] where arguments.has(key) {
                throw arguments.error(key, "`\(key)` goes with `schedule: step` or `schedule: cosine`")
            }
        }
    }

    /// Runs the optimiser over `parameters`; `afterStep` sees each step's number from 0.
    func minimize(_ parameters: [Parameter], loss: () -> Variable, afterStep: (Int) -> Void = { _ in }) -> [Double] {
        var optimizer: any Optimizer = switch self.optimizer {
        case "adam": Adam(parameters: parameters, learningRate: rate, weightDecay: decay)
        case "adamw": Adam(parameters: parameters, learningRate: rate, weightDecay: decay, decoupled: true)
        case "rmsprop": RMSProp(parameters: parameters, learningRate: rate, decay: rmsDecay, weightDecay: decay)
        default: SGD(parameters: parameters, learningRate: rate, momentum: momentum, nesterov: nesterov, weightDecay: decay)
        }
        return optimizer.minimize(steps: steps, schedule: schedule, loss: loss, afterStep: afterStep)
    }
}
