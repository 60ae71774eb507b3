import Bank

/// One named computation on the engine, as written under `compute:`: a kind and its arguments.
public struct Computation: Sendable {
    public var name: String
    public var kind: Kind
    /// Arguments as written; scalars are expressions over the parameters.
    var arguments: [String: YAMLValue]

    /// What can be computed, on the exercise's `model:` or on its own.
    public enum Kind: String, Sendable, CaseIterable {
        // On the model.
        case output, probabilities, loss, hidden, gradient, jacobian
        case parameterCount = "parameter_count", outputShape = "output_shape", receptiveField = "receptive_field"
        case train, hiddenStates = "hidden_states", outputs
        // On their own.
        case softmax, crossEntropy = "cross_entropy", klDivergence = "kl_divergence"
        case criticalWeight = "critical_weight", gradientRatio = "gradient_ratio", rank
        case pool, convolve, optimize, derivative
        case optimalDiscriminator = "optimal_discriminator"

        /// Whether it needs the exercise's `model:`.
        var needsModel: Bool {
            switch self {
            case .output, .probabilities, .loss, .hidden, .gradient, .jacobian, .parameterCount, .outputShape,
                 .receptiveField, .train, .hiddenStates, .outputs: true
            default: false
            }
        }
    }

    /// Reads `name: kind` or `name: {kind: {arguments}}`.
    static func read(name: String, yaml: YAMLValue) -> Result<Computation, EvaluationError> {
        let kindName: String
        var arguments: [String: YAMLValue] = [:]
        switch yaml {
        case .scalar(let text):
            kindName = text
        case .mapping(let map) where map.count == 1:
            kindName = map.keys.first!
            switch map[kindName]! {
            case .mapping(let args): arguments = args
            case .scalar(let text) where !text.isEmpty: arguments = ["of": .scalar(text)]
            default: break
            }
        default:
            return .failure(EvaluationError(message: "a computation is a kind, such as `receptive_field`, or `{kind: {arguments}}`"))
        }
        guard let kind = Kind(rawValue: kindName) else {
            let kinds = Kind.allCases.map(\.rawValue)
            return .failure(EvaluationError(message: "unknown computation `\(kindName)`" + Suggestion.hint(for: kindName, among: kinds)
                            + " (known: \(kinds.joined(separator: ", ")))"))
        }
        return .success(Computation(name: name, kind: kind, arguments: arguments))
    }
}
