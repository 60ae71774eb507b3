/// Losses on raw scores (logits): label-smoothed cross-entropy, binary cross-entropy with
/// logits, and the hinge loss. Each is averaged over its entries like the other losses.
extension Loss {
    /// Cross-entropy of logits [N, K] against smoothed targets q = (1 − ε)·one-hot + ε/K:
    /// −mean over rows of Σₖ qₖ log softmax(z)ₖ. ε = 0 is plain cross-entropy.
    public static func labelSmoothedCrossEntropy(logits: Variable, labels: [Int], smoothing: Double) -> Variable {
        precondition(smoothing >= 0 && smoothing <= 1, "labelSmoothedCrossEntropy: smoothing \(smoothing) outside [0, 1]")
        let k = Double(logits.shape[1])
        let target = oneHot(labels, like: logits.shape).map { (1 - smoothing) * $0 + smoothing / k }
        return -(logits.logSoftmax() * Variable(target)).sum() / Double(labels.count)
    }

    /// mean(max(z, 0) − z·t + log(1 + e^(−|z|))) = binary cross-entropy of σ(z) against t, without
    /// forming σ(z); its gradient is (σ(z) − t)/n.
    public static func binaryCrossEntropy(logits z: Variable, targets t: Tensor) -> Variable {
        precondition(z.shape == t.shape, "binaryCrossEntropy: logits \(z.shape) vs targets \(t.shape)")
        let n = Double(t.count)
        var total = 0.0
        for (x, y) in zip(z.value.scalars, t.scalars) { total += Swift.max(x, 0) - x * y + _log1p(_exp(-abs(x))) }
        return Variable(Tensor(total / n), z) { g in
            let scale = g.scalar / n
            z.accumulate(z.value.zip(t) { x, y in (_sigmoid(x) - y) * scale })
        }
    }

    /// mean(max(0, 1 − t·y)) for scores y and labels t ∈ {−1, +1}; the gradient −t/n where the
    /// margin is violated (t·y < 1), 0 elsewhere (also at the kink).
    public static func hinge(_ y: Variable, labels t: Tensor) -> Variable {
        precondition(y.shape == t.shape, "hinge: scores \(y.shape) vs labels \(t.shape)")
        let n = Double(t.count)
        let margins = y.value.zip(t) { 1 - $0 * $1 }
        return Variable(Tensor(margins.scalars.reduce(0) { $0 + Swift.max(0, $1) } / n), y) { g in
            let scale = g.scalar / n
            y.accumulate(margins.zip(t) { m, label in m > 0 ? -label * scale : 0 })
        }
    }
}
