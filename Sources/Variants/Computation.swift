import Bank

/// One named computation on the engine, as written under `compute:`: a kind and its arguments,
/// compiled at load.
public struct Computation: Sendable {
    public var name: String
    public var kind: Kind
    /// The arguments, compiled; nil for `name: kind` without arguments.
    var arguments: SpecValue?
    /// Where `name:` stands: errors of this computation point here, or at the failing argument.
    var location: SourceLocation

    /// What can be computed, on the exercise's `model:` or on its own.
    public enum Kind: String, Sendable, CaseIterable {
        // On the model.
        case output, probabilities, loss, hidden, gradient, jacobian
        case parameterCount = "parameter_count", outputShape = "output_shape", receptiveField = "receptive_field"
        case train, hiddenStates = "hidden_states", outputs, inputSupport = "input_support"
        // On their own.
        case softmax, crossEntropy = "cross_entropy", klDivergence = "kl_divergence"
        case criticalWeight = "critical_weight", gradientRatio = "gradient_ratio", rank
        case pool, convolve, optimize, derivative
        case optimalDiscriminator = "optimal_discriminator"
        // Layers and losses on given values.
        case lstm, gru, attention, multiHeadAttention = "multi_head_attention"
        case batchNorm = "batch_norm", layerNorm = "layer_norm", embedding, dropout
        case layerParameters = "layer_parameters"
        case binaryCrossEntropyWithLogits = "bce_with_logits", hinge, categoricalKL = "categorical_kl", gaussianNLL = "gaussian_nll"

        /// Whether it needs the exercise's `model:`.
        var needsModel: Bool {
            switch self {
            case .output, .probabilities, .loss, .hidden, .gradient, .jacobian, .parameterCount, .outputShape,
                 .receptiveField, .train, .hiddenStates, .outputs, .inputSupport: true
            default: false
            }
        }

        /// The arguments it takes, with their ranges and words.
        var table: OptionTable {
            let model: [Option] = needsModel ? [.optional("model", .name)] : []
            let layer = Option.optional("layer", .integer(1...SpecLimits.layers))
            let optimizer = OptimizerRun.options
            let options: [Option] = switch self {
            case .output, .probabilities, .loss, .jacobian, .hiddenStates, .outputs: []
            case .hidden, .parameterCount, .outputShape, .receptiveField: [layer]
            case .gradient: [.required("wrt", .name), layer, .optional("upstream", .values)]
            case .inputSupport: [layer, .required("unit", .values), .optional("result", .word(["mask", "count"]))]
            case .train: optimizer + [.optional("result", .word(["losses", "weights"])), .optional("wrt", .name)]
            case .softmax: [.required("logits", .values)]
            case .crossEntropy: [.required("logits", .values), .required("target", .integer(0...SpecLimits.extent)), .optional("smoothing", .number)]
            case .klDivergence: [.required("mean", .values), .required("std", .values)]
            case .criticalWeight: [.required("activation", ActivationName.word)] + ActivationName.options
            case .gradientRatio:
                [.required("activation", ActivationName.word), .required("w", .number), .required("steps", .integer(1...SpecLimits.steps))]
                    + ActivationName.options
            case .rank: [.optional("product", .list), .optional("layers", .list)]
            case .pool:
                [.required("input", .values), .required("kernel", .integer(SpecLimits.size)), .optional("stride", .integer(SpecLimits.size)),
                 .optional("padding", .integer(0...SpecLimits.extent)), .optional("mode", .word(["max", "average"])),
                 .optional("result", .word(["output", "input_gradient"])), .optional("upstream", .values)]
            case .convolve:
                [.required("input", .values), .required("kernel", .values), .optional("stride", .integer(SpecLimits.size)),
                 .optional("padding", .integer(0...SpecLimits.extent)), .optional("dilation", .integer(SpecLimits.size)),
                 .optional("bias", .number), .optional("result", .word(["output", "input_gradient", "kernel_gradient"])),
                 .optional("upstream", .values)]
            case .optimize: [.required("function", .function), .required("start", .values)] + optimizer
            case .derivative: [.required("function", .function), .required("at", .number)]
            case .optimalDiscriminator: [.required("p_data", .positive), .required("p_g", .positive)]
            case .lstm: RecurrentComputations.table(gated: "lstm")
            case .gru: RecurrentComputations.table(gated: "gru")
            case .attention: AttentionComputations.attentionTable
            case .multiHeadAttention: AttentionComputations.multiHeadTable
            case .batchNorm: NormalizationComputations.batchTable
            case .layerNorm: NormalizationComputations.layerTable
            case .embedding: LayerComputations.embeddingTable
            case .dropout: LayerComputations.dropoutTable
            case .layerParameters: LayerComputations.parametersTable
            case .binaryCrossEntropyWithLogits, .hinge, .categoricalKL, .gaussianNLL: LossComputations.tables[self]!
            }
            return OptionTable("computation `\(rawValue)`", options + model)
        }
    }

    /// Reads `name: kind` or `name: {kind: {arguments}}`.
    static func read(name: String, spec: SpecValue) -> Result<Computation, EvaluationError> {
        let kindName: String
        var arguments: SpecValue?
        if let text = spec.text {
            kindName = text
        } else if let (kind, options) = spec.single, options.keys != nil || options.text == "" {
            kindName = kind
            arguments = options.keys != nil ? options : nil
        } else {
            return .failure(EvaluationError(message: "a computation is a kind, such as `receptive_field`, or `{kind: {arguments}}`", at: spec.location))
        }
        guard let kind = Kind(rawValue: kindName) else {
            let kinds = Kind.allCases.map(\.rawValue)
            return .failure(EvaluationError(message: "unknown computation `\(kindName)`" + Suggestion.hint(for: kindName, among: kinds)
                                            + " (known: \(kinds.joined(separator: ", ")))", at: spec.location))
        }
        return .success(Computation(name: name, kind: kind, arguments: arguments, location: spec.location))
    }
}
