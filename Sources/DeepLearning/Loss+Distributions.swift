/// Losses between distributions: the KL divergence of categoricals and the negative
/// log-likelihood of a Gaussian.
extension Loss {
    /// KL(p ‖ q) = Σ pᵢ log(pᵢ/qᵢ) of two categorical distributions, with 0·log 0 = 0; q must be
    /// positive wherever p is.
    public static func categoricalKL(_ p: Variable, _ q: Variable) -> Variable {
        precondition(p.shape == q.shape, "categoricalKL: p \(p.shape) vs q \(q.shape)")
        var total = 0.0
        for (a, b) in zip(p.value.scalars, q.value.scalars) where a > 0 { total += a * _log(a / b) }
        return Variable(Tensor(total), p, q) { g in
            let s = g.scalar
            if p.requiresGrad { p.accumulate(p.value.zip(q.value) { a, b in a > 0 ? (_log(a / b) + 1) * s : 0 }) }
            if q.requiresGrad { q.accumulate(p.value.zip(q.value) { a, b in -a / b * s }) }
        }
    }

    /// −mean log N(x; μ, σ²) = mean ½(log 2π + log σ² + (x − μ)²/σ²), with the constant
    /// (PyTorch's `GaussianNLLLoss(full=True)`).
    public static func gaussianNLL(_ x: Tensor, mean mu: Variable, variance: Variable) -> Variable {
        precondition(mu.shape == x.shape && variance.shape == x.shape, "gaussianNLL: x \(x.shape), μ \(mu.shape), σ² \(variance.shape)")
        let terms = variance.log() + (Variable(x) - mu).squared() / variance + _log(2 * Double.pi)
        return terms.mean() * 0.5
    }
}
