import Foundation
import DeepLearning

/// Activation functions by the names a spec uses: `logistic`, `shifted-logistic`, `tanh`,
/// `leaky-relu(0.1)`, `scaled-shifted-logistic(2, 1)`, …
enum ActivationName {
    static let names = ["identity", "hard-threshold", "logistic", "shifted-logistic", "scaled-shifted-logistic",
                        "tanh", "relu", "leaky-relu"]

    /// The engine's activation for a spec value.
    static func activation(_ value: SpecValue) throws -> Activation {
        let text = try value.string().trimmingCharacters(in: .whitespaces)
        var name = text, arguments: [Double] = []
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            name = String(text[..<open]).trimmingCharacters(in: .whitespaces)
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
            arguments = try inside.split(separator: ",").map {
                guard let number = Double($0.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                    throw value.error("`\(value.path)`: `\($0.trimmingCharacters(in: .whitespaces))` is not a number")
                }
                return number
            }
        }
        func expect(_ count: ClosedRange<Int>, _ form: String) throws {
            guard count.contains(arguments.count) else { throw value.error("`\(value.path)`: write `\(form)`") }
        }
        switch name {
        case "identity": try expect(0...0, "identity"); return .identity
        case "hard-threshold": try expect(0...0, "hard-threshold"); return .hardThreshold
        case "logistic": try expect(0...0, "logistic"); return .logistic
        case "shifted-logistic": try expect(0...0, "shifted-logistic"); return .shiftedLogistic
        case "tanh": try expect(0...0, "tanh"); return .tanh
        case "relu": try expect(0...0, "relu"); return .relu
        case "leaky-relu":
            try expect(0...1, "leaky-relu(slope)")
            return .leakyReLU(slope: arguments.first ?? 0.01)
        case "scaled-shifted-logistic":
            try expect(2...2, "scaled-shifted-logistic(a, b)")
            return .scaledShiftedLogistic(a: arguments[0], b: arguments[1])
        default:
            let hint = DidYouMean.hint(for: name, among: names)
            throw value.error("`\(value.path)`: unknown activation `\(name)`\(hint)\(hint.isEmpty ? " (one of: \(names.joined(separator: ", ")))" : "")")
        }
    }

    /// How a legend or caption names φ.
    static func display(_ activation: Activation) -> String {
        switch activation {
        case .identity: "identity"
        case .hardThreshold: "hard threshold"
        case .logistic: "logistic σ(z)"
        case .shiftedLogistic: "σ(z) − ½"
        case let .scaledShiftedLogistic(a, b): "\(Ticks.readable(a))·(σ(\(Ticks.readable(b))z) − ½)"
        case .tanh: "tanh"
        case .relu: "ReLU"
        case let .leakyReLU(slope): "leaky ReLU (slope \(Ticks.readable(slope)))"
        }
    }

    /// φ′ at each of `zs`, by the engine's reverse-mode autodiff (one backward pass through Σφ(z)).
    static func derivative(of activation: Activation, at zs: [Double]) -> [Double] {
        Gradients.gradient(at: Tensor(zs)) { activation($0).sum() }.scalars
    }
}
