/// Max pooling over [N, C, H, W].
public struct MaxPool2D: Layer {
    public let window: Window2D?
    /// Square window; `stride` defaults to the kernel size.
    public init(kernel: Int, stride: Int? = nil, padding: Int = 0) {
        window = Window2D(kernel: kernel, stride: stride ?? kernel, padding: padding)
    }
    public func callAsFunction(_ x: Variable) -> Variable { x.maxPool2d(window!) }
    public func outputShape(for s: [Int]) -> [Int] { pooledShape(s, window!) }
    public var summary: String { "MaxPool2D(\(window!.kernel.height), stride \(window!.stride.height))" }
}

/// Average pooling over [N, C, H, W] (padding counts as zeros; divisor kh·kw).
public struct AvgPool2D: Layer {
    public let window: Window2D?
    /// Square window; `stride` defaults to the kernel size.
    public init(kernel: Int, stride: Int? = nil, padding: Int = 0) {
        window = Window2D(kernel: kernel, stride: stride ?? kernel, padding: padding)
    }
    public func callAsFunction(_ x: Variable) -> Variable { x.avgPool2d(window!) }
    public func outputShape(for s: [Int]) -> [Int] { pooledShape(s, window!) }
    public var summary: String { "AvgPool2D(\(window!.kernel.height), stride \(window!.stride.height))" }
}

func pooledShape(_ s: [Int], _ w: Window2D) -> [Int] {
    precondition(s.count == 4, "pooling: input shape \(s) is not [N, C, H, W]")
    let (oh, ow) = w.outputSize(height: s[2], width: s[3])
    return [s[0], s[1], oh, ow]
}

/// Flattens [N, …] to [N, product of the rest].
public struct Flatten: Layer {
    public init() {}
    public func callAsFunction(_ x: Variable) -> Variable { x.reshaped([x.shape[0], -1]) }
    public func outputShape(for s: [Int]) -> [Int] { [s[0], s.dropFirst().reduce(1, *)] }
    public var summary: String { "Flatten" }
}
