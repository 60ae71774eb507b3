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
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }),
              best.1 <= max(2, word.count / 3) else { return "" }
        return "; did you mean `\(best.0)`?"
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

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
