/// Loss functions; each returns a scalar variable averaged over the batch.
public enum Loss {
    /// Cross-entropy from logits [N, K] and class labels: −mean log softmax(logits)[n, label].
    public static func crossEntropy(logits: Variable, labels: [Int]) -> Variable {
        let logp = logits.logSoftmax()
        return -(logp * Variable(oneHot(labels, like: logits.shape))).sum() / Double(labels.count)
    }

    /// Cross-entropy from probabilities [N, K] and class labels: −mean log p[n, label].
    public static func crossEntropy(probabilities: Variable, labels: [Int]) -> Variable {
        -(probabilities.log() * Variable(oneHot(labels, like: probabilities.shape))).sum()
            / Double(labels.count)
    }

    /// Binary cross-entropy −mean(t·log p + (1 − t)·log(1 − p)) for probabilities p and targets t.
    public static func binaryCrossEntropy(probabilities p: Variable, targets t: Tensor) -> Variable {
        precondition(p.shape == t.shape, "binaryCrossEntropy: probabilities \(p.shape) vs targets \(t.shape)")
        let tv = Variable(t), one = Variable(Tensor.ones(t.shape))
        return -(tv * p.log() + (one - tv) * (1 - p).log()).mean()
    }

    /// Mean squared error mean((y − t)²).
    public static func meanSquaredError(_ y: Variable, _ t: Tensor) -> Variable {
        precondition(y.shape == t.shape, "meanSquaredError: prediction \(y.shape) vs target \(t.shape)")
        return (y - Variable(t)).squared().mean()
    }

    /// KL(N(μ, σ²) ‖ N(0, 1)) = ½ Σ (μ² + σ² − 1 − ln σ²), the VAE regulariser, summed over elements.
    public static func gaussianKL(mean mu: Variable, logVariance logVar: Variable) -> Variable {
        ((mu.squared() + logVar.exp() - 1 - logVar) * 0.5).sum()
    }

    /// One-hot rows [N, K] for `labels`, `shape` being [N, K].
    public static func oneHot(_ labels: [Int], like shape: [Int]) -> Tensor {
        precondition(shape.count == 2 && shape[0] == labels.count,
                     "oneHot: \(labels.count) labels for scores of shape \(shape)")
        var t = Tensor.zeros(shape)
        for (n, label) in labels.enumerated() {
            precondition(label >= 0 && label < shape[1], "oneHot: label \(label) outside 0..<\(shape[1])")
            t.scalars[n * shape[1] + label] = 1
        }
        return t
    }
}
