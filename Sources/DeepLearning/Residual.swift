/// A residual unit y = x + W₂·φ(W₁x + b₁) on [N, d] (no output bias).
public struct Residual: Layer {
    /// W₁ [hidden, d].
    public let w1: Variable
    /// b₁ [hidden].
    public let b1: Variable
    /// W₂ [d, hidden].
    public let w2: Variable
    /// φ.
    public let activation: Activation

    /// Explicit weights.
    public init(w1: Tensor, b1: Tensor, w2: Tensor, activation: Activation = .relu) {
        precondition(w1.rank == 2 && b1.shape == [w1.shape[0]] && w2.shape == [w1.shape[1], w1.shape[0]],
                     "Residual: W₁ \(w1.shape), b₁ \(b1.shape), W₂ \(w2.shape) do not fit [h, d], [h], [d, h]")
        self.w1 = Variable(w1, requiresGrad: true, name: "w1")
        self.b1 = Variable(b1, requiresGrad: true, name: "b1")
        self.w2 = Variable(w2, requiresGrad: true, name: "w2")
        self.activation = activation
    }

    /// Random W₁ (Glorot), zero b₁, and W₂ zero when `zeroOutput` (so the unit starts as the identity).
    public init(dimension d: Int, hidden h: Int, activation: Activation = .relu, zeroOutput: Bool = false,
                rng: inout Xoshiro256StarStar) {
        self.init(w1: .glorotUniform([h, d], fanIn: d, fanOut: h, using: &rng), b1: .zeros([h]),
                  w2: zeroOutput ? .zeros([d, h]) : .glorotUniform([d, h], fanIn: h, fanOut: d, using: &rng),
                  activation: activation)
    }

    public func callAsFunction(_ x: Variable) -> Variable {
        if x.shape.count == 1 { return self(x.reshaped([1, -1])).reshaped([-1]) }
        let hidden = activation(x.matmul(w1, transposeOther: true) + b1)
        return x + hidden.matmul(w2, transposeOther: true)
    }

    public var parameters: [Parameter] {
        [Parameter("w1", w1), Parameter("b1", b1), Parameter("w2", w2)]
    }

    public var summary: String { "Residual(\(w1.shape[1])→\(w1.shape[0])→\(w2.shape[0]), \(activation))" }
}
