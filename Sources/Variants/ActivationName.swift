import DeepLearning
import Foundation

/// Activation functions by the names an exercise writes (`shifted_logistic`), and the values
/// some of them read: `scaled_logistic` reads `a` and `b`, `leaky_relu` reads `slope`.
enum ActivationName {
    static let names = ["identity", "linear", "hard_threshold", "logistic", "sigmoid", "shifted_logistic",
                        "scaled_logistic", "tanh", "relu", "leaky_relu"]

    /// What a key naming an activation holds.
    static let word = OptionKind.word(names)
    /// The keys next to it that activations read.
    static let options: [Option] = [.optional("a", .positive), .optional("b", .positive), .optional("slope", .number)]

    /// The activation named by `key` of `arguments`, with the values it reads from the same arguments.
    static func activation(_ arguments: Arguments, key: String, default fallback: String? = nil) throws(EvaluationError) -> Activation {
        switch try arguments.word(key, default: fallback) {
        case "identity", "linear": return .identity
        case "hard_threshold": return .hardThreshold
        case "logistic", "sigmoid": return .logistic
        case "shifted_logistic": return .shiftedLogistic
        case "scaled_logistic": return .scaledShiftedLogistic(a: try arguments.number("a", default: 1), b: try arguments.number("b", default: 1))
        case "tanh": return .tanh
        case "relu": return .relu
        default: return .leakyReLU(slope: try arguments.number("slope", default: 0.01))
        }
    }
}
