/// Numerically stable softmax and log-softmax along the last axis.
extension Variable {
    /// log softmax(x) = x − max − log Σ exp(x − max), row by row along the last axis.
    public func logSoftmax() -> Variable {
        let x = self
        precondition(!x.shape.isEmpty, "logSoftmax: needs at least one axis, got a scalar")
        let n = x.shape.last!
        var out = x.value.scalars
        let rows = n == 0 ? 0 : out.count / n
        for r in 0..<rows {
            let base = r * n
            var m = -Double.infinity
            for j in 0..<n { m = Swift.max(m, out[base + j]) }
            var s = 0.0
            for j in 0..<n { s += _exp(out[base + j] - m) }
            let shift = m + _log(s)
            for j in 0..<n { out[base + j] -= shift }
        }
        let y = Tensor(shape: x.shape, scalars: out)
        return Variable(y, x) { g in
            // dx = g − softmax · Σ g (per row)
            var dx = g.scalars
            for r in 0..<rows {
                let base = r * n
                var s = 0.0
                for j in 0..<n { s += g.scalars[base + j] }
                for j in 0..<n { dx[base + j] -= _exp(y.scalars[base + j]) * s }
            }
            x.accumulate(Tensor(shape: x.shape, scalars: dx))
        }
    }

    /// softmax(x) along the last axis.
    public func softmax() -> Variable {
        let x = self
        precondition(!x.shape.isEmpty, "softmax: needs at least one axis, got a scalar")
        let n = x.shape.last!
        var out = x.value.scalars
        let rows = n == 0 ? 0 : out.count / n
        for r in 0..<rows {
            let base = r * n
            var m = -Double.infinity
            for j in 0..<n { m = Swift.max(m, out[base + j]) }
            var s = 0.0
            for j in 0..<n { out[base + j] = _exp(out[base + j] - m); s += out[base + j] }
            for j in 0..<n { out[base + j] /= s }
        }
        let y = Tensor(shape: x.shape, scalars: out)
        return Variable(y, x) { g in
            // dx = y ⊙ (g − Σ g ⊙ y)
            var dx = g.scalars
            for r in 0..<rows {
                let base = r * n
                var dot = 0.0
                for j in 0..<n { dot += g.scalars[base + j] * y.scalars[base + j] }
                for j in 0..<n { dx[base + j] = y.scalars[base + j] * (g.scalars[base + j] - dot) }
            }
            x.accumulate(Tensor(shape: x.shape, scalars: dx))
        }
    }
}
