/// Differentiable elementwise arithmetic with broadcasting. Each op: forward, then local backward.
extension Variable {
    public static func + (a: Variable, b: Variable) -> Variable {
        Variable(a.value + b.value, a, b) { g in
            a.accumulate(g.sum(toShape: a.shape))
            b.accumulate(g.sum(toShape: b.shape))
        }
    }

    public static func - (a: Variable, b: Variable) -> Variable {
        Variable(a.value - b.value, a, b) { g in
            a.accumulate(g.sum(toShape: a.shape))
            b.accumulate((-g).sum(toShape: b.shape))
        }
    }

    public static func * (a: Variable, b: Variable) -> Variable {
        Variable(a.value * b.value, a, b) { g in
            if a.requiresGrad { a.accumulate((g * b.value).sum(toShape: a.shape)) }
            if b.requiresGrad { b.accumulate((g * a.value).sum(toShape: b.shape)) }
        }
    }

    public static func / (a: Variable, b: Variable) -> Variable {
        Variable(a.value / b.value, a, b) { g in
            if a.requiresGrad { a.accumulate((g / b.value).sum(toShape: a.shape)) }
            if b.requiresGrad {
                // ∂(a/b)/∂b = −a/b²
                let local = a.value.zip(b.value) { x, y in -x / (y * y) }
                b.accumulate((g * local).sum(toShape: b.shape))
            }
        }
    }

    public static prefix func - (a: Variable) -> Variable {
        Variable(-a.value, a) { g in a.accumulate(-g) }
    }

    public static func + (a: Variable, s: Double) -> Variable {
        Variable(a.value + s, a) { g in a.accumulate(g) }
    }
    public static func + (s: Double, a: Variable) -> Variable { a + s }
    public static func - (a: Variable, s: Double) -> Variable { a + (-s) }
    public static func - (s: Double, a: Variable) -> Variable { (-a) + s }

    public static func * (a: Variable, s: Double) -> Variable {
        Variable(a.value * s, a) { g in a.accumulate(g * s) }
    }
    public static func * (s: Double, a: Variable) -> Variable { a * s }
    public static func / (a: Variable, s: Double) -> Variable { a * (1 / s) }

    /// x^p for a constant exponent.
    public func pow(_ p: Double) -> Variable {
        let x = self
        return Variable(x.value.map { _pow($0, p) }, x) { g in
            x.accumulate(g * x.value.map { p * _pow($0, p - 1) })
        }
    }

    /// eˣ.
    public func exp() -> Variable {
        let x = self
        let y = x.value.map(_exp)
        return Variable(y, x) { g in x.accumulate(g * y) }
    }

    /// Natural logarithm.
    public func log() -> Variable {
        let x = self
        return Variable(x.value.map(_log), x) { g in x.accumulate(g / x.value) }
    }

    /// Square root.
    public func sqrt() -> Variable {
        let x = self
        let y = x.value.map { $0.squareRoot() }
        return Variable(y, x) { g in x.accumulate(g.zip(y) { g, s in g / (2 * s) }) }
    }

    /// x².
    public func squared() -> Variable {
        let x = self
        return Variable(x.value.map { $0 * $0 }, x) { g in
            x.accumulate(g.zip(x.value) { g, v in 2 * v * g })
        }
    }
}
