/// Seeded random tensors (uniform, normal, and the usual initialisers).
extension Tensor {
    /// Uniform samples in [lower, upper).
    public static func uniform(_ shape: [Int], lower: Double = 0, upper: Double = 1,
                               using rng: inout Xoshiro256StarStar) -> Tensor {
        let n = shape.reduce(1, *)
        var out = [Double](); out.reserveCapacity(n)
        for _ in 0..<n { out.append(rng.nextUniform(in: lower, upper)) }
        return Tensor(shape: shape, scalars: out)
    }

    /// Normal samples with the given mean and standard deviation (Box–Muller).
    public static func normal(_ shape: [Int], mean: Double = 0, standardDeviation: Double = 1,
                              using rng: inout Xoshiro256StarStar) -> Tensor {
        let n = shape.reduce(1, *)
        var out = [Double](); out.reserveCapacity(n)
        for _ in 0..<n { out.append(mean + standardDeviation * rng.nextNormal()) }
        return Tensor(shape: shape, scalars: out)
    }

    /// Glorot/Xavier uniform: U(−a, a) with a = √(6 / (fanIn + fanOut)).
    public static func glorotUniform(_ shape: [Int], fanIn: Int, fanOut: Int,
                                     using rng: inout Xoshiro256StarStar) -> Tensor {
        let a = (6.0 / Double(fanIn + fanOut)).squareRoot()
        return uniform(shape, lower: -a, upper: a, using: &rng)
    }
}
