/// Gradients and Jacobians of functions, by reverse mode.
public enum Gradients {
    /// ∇f(x) for a scalar-valued `f`.
    public static func gradient(at x: Tensor, of f: (Variable) -> Variable) -> Tensor {
        let v = Variable(x, requiresGrad: true)
        let y = f(v)
        precondition(y.value.count == 1, "gradient: f returned shape \(y.shape), not a scalar")
        y.backward()
        return v.grad ?? .zeros(x.shape)
    }

    /// The Jacobian [count(f(x)), count(x)] of `f` at `x`: one backward pass per output element.
    public static func jacobian(at x: Tensor, of f: (Variable) -> Variable) -> Tensor {
        let v = Variable(x, requiresGrad: true)
        let y = f(v)
        return jacobian(of: y, withRespectTo: v)
    }

    /// The Jacobian [count(y), count(x)] of an already-built output `y` with respect to `x`.
    public static func jacobian(of y: Variable, withRespectTo x: Variable) -> Tensor {
        let m = y.value.count, n = x.value.count
        var out = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            var seed = Tensor.zeros(y.shape)
            seed.scalars[i] = 1
            x.zeroGrad()
            y.backward(seed: seed)
            if let g = x.grad { for j in 0..<n { out[i * n + j] = g.scalars[j] } }
        }
        x.zeroGrad()
        return Tensor(shape: [m, n], scalars: out)
    }

    /// Central finite-difference gradient of a scalar function (for checks): (f(x+h) − f(x−h)) / 2h.
    public static func numericalGradient(at x: Tensor, step h: Double = 1e-6,
                                         of f: (Tensor) -> Double) -> Tensor {
        var g = Tensor.zeros(x.shape)
        var probe = x
        for i in 0..<x.count {
            let old = probe.scalars[i]
            probe.scalars[i] = old + h; let up = f(probe)
            probe.scalars[i] = old - h; let down = f(probe)
            probe.scalars[i] = old
            g.scalars[i] = (up - down) / (2 * h)
        }
        return g
    }
}
