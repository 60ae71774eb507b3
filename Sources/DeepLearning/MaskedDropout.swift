/// Inverted dropout with a given mask of 1 (kept) and 0 (dropped) of the input's shape:
/// x ⊙ mask / (1 − rate), so that an exam can state which units were dropped.
public struct MaskedDropout: Layer {
    public let mask: Tensor
    public let rate: Double

    public init(mask: Tensor, rate: Double) {
        precondition(rate >= 0 && rate < 1 && mask.scalars.allSatisfy { $0 == 0 || $0 == 1 },
                     "MaskedDropout: a mask of 0 and 1 and a rate in [0, 1)")
        self.mask = mask
        self.rate = rate
    }

    public func callAsFunction(_ x: Variable) -> Variable { Dropout.apply(x, mask: mask, rate: rate) }

    public var summary: String { "Dropout(\(rate), given mask)" }
}
