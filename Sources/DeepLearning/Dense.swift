/// A fully connected layer y = x·Wᵀ + b with W of shape [out, in] (so W·x per sample).
public struct Dense: Layer {
    /// Weights [out, in].
    public let weight: Variable
    /// Bias [out], or `nil` for a layer without bias.
    public let bias: Variable?

    /// Glorot-uniform weights from `rng`, zero bias.
    public init(_ inputSize: Int, _ outputSize: Int, bias: Bool = true, rng: inout Xoshiro256StarStar) {
        self.init(weight: .glorotUniform([outputSize, inputSize], fanIn: inputSize, fanOut: outputSize, using: &rng),
                  bias: bias ? .zeros([outputSize]) : nil)
    }

    /// Explicit weights [out, in] and optional bias [out].
    public init(weight: Tensor, bias: Tensor?) {
        precondition(weight.rank == 2, "Dense: weight must be [out, in], got \(weight.shape)")
        precondition(bias.map { $0.shape == [weight.shape[0]] } ?? true,
                     "Dense: bias \(bias!.shape) does not match weight \(weight.shape)")
        self.weight = Variable(weight, requiresGrad: true, name: "weight")
        self.bias = bias.map { Variable($0, requiresGrad: true, name: "bias") }
    }

    public var inputSize: Int { weight.shape[1] }
    public var outputSize: Int { weight.shape[0] }

    /// Maps [N, in] to [N, out] (a rank-1 input [in] gives [out]).
    public func callAsFunction(_ x: Variable) -> Variable {
        if x.shape.count == 1 { return self(x.reshaped([1, -1])).reshaped([outputSize]) }
        precondition(x.shape.count == 2 && x.shape[1] == inputSize,
                     "Dense(\(inputSize)→\(outputSize)): input shape \(x.shape) is not [N, \(inputSize)]")
        let y = x.matmul(weight, transposeOther: true)
        return bias.map { y + $0 } ?? y
    }

    public var parameters: [Parameter] {
        [Parameter("weight", weight)] + (bias.map { [Parameter("bias", $0)] } ?? [])
    }

    public func outputShape(for s: [Int]) -> [Int] {
        precondition(s.last == inputSize, "Dense(\(inputSize)→\(outputSize)): input shape \(s)")
        return s.dropLast() + [outputSize]
    }

    public var summary: String { "Dense(\(inputSize)→\(outputSize))" }
}
