import DeepLearning
import Foundation

/// Activation functions by the names an exercise writes (`shifted_logistic` or `shifted-logistic`).
enum ActivationName {
    static let names = ["identity", "linear", "hard_threshold", "logistic", "sigmoid", "shifted_logistic",
                        "scaled_logistic", "tanh", "relu", "leaky_relu"]

    /// `scaled_logistic` reads `a` and `b`, `leaky_relu` reads `slope`, from the arguments.
    static func activation(_ written: String, _ arguments: Arguments? = nil) throws(EvaluationError) -> Activation {
        let name = written.replacingOccurrences(of: "-", with: "_")
        switch name {
        case "identity", "linear": return .identity
        case "hard_threshold": return .hardThreshold
        case "logistic", "sigmoid": return .logistic
        case "shifted_logistic": return .shiftedLogistic
        case "scaled_logistic":
            return .scaledShiftedLogistic(a: try arguments?.number("a") ?? 1, b: try arguments?.number("b") ?? 1)
        case "tanh": return .tanh
        case "relu": return .relu
        case "leaky_relu": return .leakyReLU(slope: try arguments?.number("slope", default: 0.01) ?? 0.01)
        default:
            throw EvaluationError(message: "unknown activation `\(name)`" + Expression.hint(name, among: names)
                                  + " (known: \(names.joined(separator: ", ")))")
        }
    }
}
