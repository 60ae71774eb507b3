/// A 2-D convolution layer over [N, C, H, W] with filters [F, C/groups, kh, kw] and bias [F].
public struct Conv2D: Layer {
    /// Filters [F, C, kh, kw].
    public let weight: Variable
    /// Bias [F] or `nil`.
    public let bias: Variable?
    /// Kernel, stride, padding and dilation.
    public let window: Window2D?
    /// Channel groups: the filters of group k see only the k-th C/groups input channels.
    public let groups: Int

    /// Square `kernel`; Glorot-uniform filters from `rng`, zero bias.
    public init(_ inChannels: Int, _ outChannels: Int, kernel: Int, stride: Int = 1, padding: Int = 0,
                dilation: Int = 1, groups: Int = 1, bias: Bool = true, rng: inout Xoshiro256StarStar) {
        let fanIn = inChannels / groups * kernel * kernel, fanOut = outChannels / groups * kernel * kernel
        self.init(weight: .glorotUniform([outChannels, inChannels / groups, kernel, kernel],
                                         fanIn: fanIn, fanOut: fanOut, using: &rng),
                  bias: bias ? .zeros([outChannels]) : nil,
                  stride: stride, padding: padding, dilation: dilation, groups: groups)
    }

    /// Explicit filters and bias.
    public init(weight: Tensor, bias: Tensor?, stride: Int = 1, padding: Int = 0, dilation: Int = 1, groups: Int = 1) {
        precondition(weight.rank == 4, "Conv2D: weight must be [F, C, kh, kw], got \(weight.shape)")
        precondition(groups >= 1 && weight.shape[0] % groups == 0, "Conv2D: \(groups) groups do not divide \(weight.shape[0]) filters")
        self.groups = groups
        precondition(bias.map { $0.shape == [weight.shape[0]] } ?? true,
                     "Conv2D: bias \(bias!.shape) does not match weight \(weight.shape)")
        self.weight = Variable(weight, requiresGrad: true, name: "weight")
        self.bias = bias.map { Variable($0, requiresGrad: true, name: "bias") }
        self.window = Window2D(kernel: (weight.shape[2], weight.shape[3]), stride: (stride, stride),
                               padding: (padding, padding), dilation: (dilation, dilation))
    }

    public func callAsFunction(_ x: Variable) -> Variable {
        let y = x.conv2d(weight, window: window!, groups: groups)
        return bias.map { y + $0.reshaped([1, -1, 1, 1]) } ?? y
    }

    public var parameters: [Parameter] {
        [Parameter("weight", weight)] + (bias.map { [Parameter("bias", $0)] } ?? [])
    }

    public func outputShape(for s: [Int]) -> [Int] {
        precondition(s.count == 4 && s[1] == weight.shape[1] * groups,
                     "Conv2D: input shape \(s) is not [N, \(weight.shape[1] * groups), H, W]")
        let (oh, ow) = window!.outputSize(height: s[2], width: s[3])
        return [s[0], weight.shape[0], oh, ow]
    }

    public var summary: String {
        let w = window!
        return "Conv2D(\(weight.shape[1] * groups)→\(weight.shape[0]), \(w.kernel.height)×\(w.kernel.width), stride \(w.stride.height), padding \(w.padding.height)\(w.dilation.height > 1 ? ", dilation \(w.dilation.height)" : "")\(groups > 1 ? ", \(groups) groups" : ""))"
    }
}
