/// Elementwise arithmetic on plain tensors, with broadcasting (no autodiff).
extension Tensor {
    public static func + (a: Tensor, b: Tensor) -> Tensor { a.zip(b, +) }
    public static func - (a: Tensor, b: Tensor) -> Tensor { a.zip(b, -) }
    public static func * (a: Tensor, b: Tensor) -> Tensor { a.zip(b, *) }
    public static func / (a: Tensor, b: Tensor) -> Tensor { a.zip(b, /) }
    public static prefix func - (a: Tensor) -> Tensor { a.map { -$0 } }
    public static func * (a: Tensor, s: Double) -> Tensor { a.map { $0 * s } }
    public static func * (s: Double, a: Tensor) -> Tensor { a.map { s * $0 } }
    public static func + (a: Tensor, s: Double) -> Tensor { a.map { $0 + s } }

    /// In-place `self += other` when shapes match exactly (used for gradient accumulation).
    public static func += (a: inout Tensor, b: Tensor) {
        precondition(a.shape == b.shape, "+=: shapes \(a.shape) and \(b.shape) differ")
        b.scalars.withUnsafeBufferPointer { bb in
            a.scalars.withUnsafeMutableBufferPointer { aa in
                for i in 0..<aa.count { aa[i] += bb[i] }
            }
        }
    }

    /// The sum of all elements.
    public func sum() -> Double { scalars.reduce(0, +) }

    /// Largest absolute elementwise difference; shapes must match.
    public func maxAbsDifference(_ other: Tensor) -> Double {
        precondition(shape == other.shape, "maxAbsDifference: shapes \(shape) and \(other.shape) differ")
        var m = 0.0
        for i in 0..<count { m = Swift.max(m, abs(scalars[i] - other.scalars[i])) }
        return m
    }
}
