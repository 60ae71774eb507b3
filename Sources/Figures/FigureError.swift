import Diagnostics

/// A problem in a figure spec, located in the block's content (line 1 is the first content line).
public struct FigureError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// "Did you mean …?" for misspelt keys and names.
enum DidYouMean {
    /// "; did you mean `x`?" for the closest candidate within a typo's distance, else "".
    static func hint(for word: String, among candidates: [String]) -> String {
        if let new = formerSpellings[word], candidates.contains(new) { return "; did you mean `\(new)`?" }
        return Suggestion.hint(for: word, among: candidates)
    }

    /// Words figure blocks used before they spoke the model spec's vocabulary (docs/model-spec.md),
    /// with the word that replaced each. They are errors now; the hint names the new word.
    static let formerSpellings = [
        "conv": "conv2d", "maxpool": "maxpool2d", "avgpool": "avgpool2d",
        "hard-threshold": "hard_threshold", "shifted-logistic": "shifted_logistic",
        "scaled-shifted-logistic": "scaled_logistic", "leaky-relu": "leaky_relu",
        "hidden-activation": "hidden_activation", "output-activation": "output_activation",
        "learning-rate": "learning_rate", "activation-plot": "activation_plot",
        "gradient-ratio-plot": "gradient_ratio_plot", "loss-curve": "loss_curve",
    ]
}
