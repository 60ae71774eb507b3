/// The geometry of a 2-D sliding window (convolution or pooling): kernel, stride, padding, dilation.
public struct Window2D: Sendable, Equatable {
    public var kernel: (height: Int, width: Int)
    public var stride: (height: Int, width: Int)
    public var padding: (height: Int, width: Int)
    public var dilation: (height: Int, width: Int)

    /// Square window; `stride` defaults to 1, `padding` to 0, `dilation` to 1.
    public init(kernel: Int, stride: Int = 1, padding: Int = 0, dilation: Int = 1) {
        self.init(kernel: (kernel, kernel), stride: (stride, stride),
                  padding: (padding, padding), dilation: (dilation, dilation))
    }

    /// Rectangular window.
    public init(kernel: (Int, Int), stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0),
                dilation: (Int, Int) = (1, 1)) {
        precondition(kernel.0 > 0 && kernel.1 > 0 && stride.0 > 0 && stride.1 > 0
                     && padding.0 >= 0 && padding.1 >= 0 && dilation.0 > 0 && dilation.1 > 0,
                     "Window2D: invalid kernel \(kernel), stride \(stride), padding \(padding), dilation \(dilation)")
        self.kernel = (kernel.0, kernel.1)
        self.stride = (stride.0, stride.1)
        self.padding = (padding.0, padding.1)
        self.dilation = (dilation.0, dilation.1)
    }

    /// Effective kernel extent d·(k − 1) + 1 per axis.
    public var effectiveKernel: (height: Int, width: Int) {
        (dilation.height * (kernel.height - 1) + 1, dilation.width * (kernel.width - 1) + 1)
    }

    /// Output spatial size ⌊(n + 2p − k_eff) / s⌋ + 1 for an input of `height`×`width`.
    public func outputSize(height: Int, width: Int) -> (height: Int, width: Int) {
        let (eh, ew) = effectiveKernel
        let oh = (height + 2 * padding.height - eh) / stride.height + 1
        let ow = (width + 2 * padding.width - ew) / stride.width + 1
        precondition(height + 2 * padding.height >= eh && width + 2 * padding.width >= ew,
                     "Window2D: input \(height)×\(width) (padding \(padding)) is smaller than the effective kernel \(eh)×\(ew)")
        return (oh, ow)
    }

    /// Visits every (output index, input index) pair of the window over `planes` planes of
    /// `height`×`width`, row-major, skipping padded positions, in kernel order (ki, then kj).
    func forEachPair(planes: Int, height h: Int, width wd: Int, _ body: (Int, Int) -> Void) {
        let (oh, ow) = outputSize(height: h, width: wd)
        for p in 0..<planes {
            for y in 0..<oh { for xo in 0..<ow {
                let o = (p * oh + y) * ow + xo
                for ki in 0..<kernel.height {
                    let iy = y * stride.height - padding.height + ki * dilation.height
                    if iy < 0 || iy >= h { continue }
                    for kj in 0..<kernel.width {
                        let ix = xo * stride.width - padding.width + kj * dilation.width
                        if ix >= 0 && ix < wd { body(o, (p * h + iy) * wd + ix) }
                    }
                }
            }}
        }
    }

    public static func == (a: Window2D, b: Window2D) -> Bool {
        a.kernel == b.kernel && a.stride == b.stride && a.padding == b.padding && a.dilation == b.dilation
    }
}
