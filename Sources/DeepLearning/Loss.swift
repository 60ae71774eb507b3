/// Loss functions; each returns a scalar variable averaged over the batch.
public enum Loss {
    /// Cross-entropy from logits [N, K] and class labels: −mean log softmax(logits)[n, label].
    /// One fused node: the gradient is (softmax − one-hot) / N.
    public static func crossEntropy(logits: Variable, labels: [Int]) -> Variable {
        let target = oneHot(labels, like: logits.shape)
        let logp = withNoGrad { logits.logSoftmax().value }
        let n = Double(labels.count)
        let loss = -zip(logp.scalars, target.scalars).reduce(0) { $0 + $1.0 * $1.1 } / n
        return Variable(Tensor(loss), logits) { g in
            let scale = g.scalar / n
            logits.accumulate(logp.zip(target) { lp, t in (_exp(lp) - t) * scale })
        }
    }

    /// Cross-entropy from probabilities [N, K] and class labels: −mean log p[n, label].
    public static func crossEntropy(probabilities: Variable, labels: [Int]) -> Variable {
        -(probabilities.log() * Variable(oneHot(labels, like: probabilities.shape))).sum()
            / Double(labels.count)
    }

    /// Binary cross-entropy −mean(t·log p + (1 − t)·log(1 − p)) for probabilities p and targets t.
    public static func binaryCrossEntropy(probabilities p: Variable, targets t: Tensor) -> Variable {
        precondition(p.shape == t.shape, "binaryCrossEntropy: probabilities \(p.shape) vs targets \(t.shape)")
        let n = Double(t.count)
        var total = 0.0
        for i in 0..<t.count {
            let (q, y) = (p.value.scalars[i], t.scalars[i])
            total += y * _log(q) + (1 - y) * _log(1 - q)
        }
        return Variable(Tensor(-total / n), p) { g in
            let scale = g.scalar / n
            p.accumulate(p.value.zip(t) { q, y in (-(y / q) + (1 - y) / (1 - q)) * scale })
        }
    }

    /// Mean squared error mean((y − t)²).
    public static func meanSquaredError(_ y: Variable, _ t: Tensor) -> Variable {
        precondition(y.shape == t.shape, "meanSquaredError: prediction \(y.shape) vs target \(t.shape)")
        let n = Double(t.count)
        let diff = y.value - t
        return Variable(Tensor(diff.scalars.reduce(0) { $0 + $1 * $1 } / n), y) { g in
            y.accumulate(diff * (2 * g.scalar / n))
        }
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
