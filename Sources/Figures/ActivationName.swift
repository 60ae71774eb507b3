import Foundation
import DeepLearning

/// Activation functions by the names the model spec uses (docs/model-spec.md): `logistic`,
/// `shifted_logistic`, `tanh`, … — and, for one that reads values, the model spec's mapping:
/// `{function: scaled_logistic, a: 2, b: 1}`, `{function: leaky_relu, slope: 0.1}`.
enum ActivationName {
    static let names = ["identity", "linear", "hard_threshold", "logistic", "sigmoid", "shifted_logistic",
                        "scaled_logistic", "tanh", "relu", "leaky_relu"]

    /// The engine's activation for a spec value: a name, or a mapping with `function` and its values.
    static func activation(_ value: SpecValue) throws -> Activation {
        guard case .mapping = value.node else { return try activation(named: value, values: nil) }
        let keys = try value.mapping(allowed: ["function", "a", "b", "slope"])
        return try activation(named: try keys.required("function"), values: keys)
    }

    private static func activation(named value: SpecValue, values: SpecMapping?) throws -> Activation {
        let name = try value.string().trimmingCharacters(in: .whitespaces)
        if let open = name.firstIndex(of: "(") {
            let base = String(name[..<open]).trimmingCharacters(in: .whitespaces)
            let new = DidYouMean.formerSpellings[base] ?? base
            throw value.error("`\(value.path)`: `\(name)` is not an activation; write the values as keys, as in the model spec: `{function: \(new), \(new == "leaky_relu" ? "slope: …" : "a: …, b: …")}`")
        }
        func positive(_ key: String) throws -> Double {
            guard let given = values?[key] else { return 1 }
            let number = try given.double()
            guard number > 0 else { throw given.error("`\(given.path)` should be positive") }
            return number
        }
        let reads: [String] = switch name {
        case "scaled_logistic": ["a", "b"]
        case "leaky_relu": ["slope"]
        default: []
        }
        if let values, let extra = values.entries.first(where: { $0.key != "function" && !reads.contains($0.key) }) {
            throw SpecValue(node: extra.keyNode, path: values.value.path).error("`\(name)` does not read `\(extra.key)`\(reads.isEmpty ? "" : " (it reads \(reads.map { "`\($0)`" }.joined(separator: ", ")))")")
        }
        switch name {
        case "identity", "linear": return .identity
        case "hard_threshold": return .hardThreshold
        case "logistic", "sigmoid": return .logistic
        case "shifted_logistic": return .shiftedLogistic
        case "tanh": return .tanh
        case "relu": return .relu
        case "leaky_relu": return .leakyReLU(slope: try values?["slope"]?.double() ?? 0.01)
        case "scaled_logistic": return .scaledShiftedLogistic(a: try positive("a"), b: try positive("b"))
        default:
            let hint = DidYouMean.hint(for: name, among: names)
            throw value.error("`\(value.path)`: unknown activation `\(name)`\(hint)\(hint.isEmpty ? " (one of: \(names.joined(separator: ", ")))" : "")")
        }
    }

    /// How a legend or caption names φ.
    static func display(_ activation: Activation, _ words: FigureWords = .english) -> String {
        switch activation {
        case .identity: words("figureIdentity")
        case .hardThreshold: words("figureHardThreshold")
        case .logistic: words("figureLogistic") + " σ(z)"
        case .shiftedLogistic: "σ(z) − ½"
        case let .scaledShiftedLogistic(a, b): "\(Ticks.readable(a))·(σ(\(Ticks.readable(b))z) − ½)"
        case .tanh: "tanh"
        case .relu: "ReLU"
        case let .leakyReLU(slope): words("figureLeakyReLU", ["slope": Ticks.readable(slope)])
        }
    }

    /// φ′ at each of `zs`, by the engine's reverse-mode autodiff (one backward pass through Σφ(z)).
    static func derivative(of activation: Activation, at zs: [Double]) -> [Double] {
        Gradients.gradient(at: Tensor(zs)) { activation($0).sum() }.scalars
    }
}
