/// Inverted dropout: in training, zeroes each element with probability `rate` and scales the
/// survivors by 1/(1 − rate); in evaluation it is the identity. Masks come from a seeded generator.
public final class Dropout: Layer {
    /// Probability of dropping an element.
    public let rate: Double
    /// Training mode (masks applied) or evaluation mode (identity).
    public var isTraining = true
    private var rng: Xoshiro256StarStar

    public init(rate: Double, seed: UInt64) {
        precondition(rate >= 0 && rate < 1, "Dropout: rate \(rate) outside [0, 1)")
        self.rate = rate
        rng = Xoshiro256StarStar(seed: seed)
    }

    public func callAsFunction(_ x: Variable) -> Variable {
        guard isTraining, rate > 0 else { return x }
        let keep = 1 - rate
        var mask = Tensor.zeros(x.shape)
        for i in 0..<mask.count where rng.nextUniform() < keep { mask.scalars[i] = 1 / keep }
        return x * Variable(mask)
    }

    /// Inverted dropout with a given mask of 1 (kept) and 0 (dropped): x ⊙ mask / (1 − rate).
    public static func apply(_ x: Variable, mask: Tensor, rate: Double) -> Variable {
        precondition(mask.shape == x.shape && rate >= 0 && rate < 1, "Dropout: mask \(mask.shape) for input \(x.shape), rate \(rate)")
        return x * Variable(mask * (1 / (1 - rate)))
    }

    public var summary: String { "Dropout(\(rate))" }
}
