/// Differentiable 2-D max and average pooling over [N, C, H, W].
extension Variable {
    /// Max pooling; padded positions never win (they count as −∞). Ties go to the first element.
    public func maxPool2d(_ w: Window2D) -> Variable {
        let x = self
        precondition(x.shape.count == 4, "maxPool2d: input must be [N, C, H, W], got \(x.shape)")
        let (planes, h, wd) = (x.shape[0] * x.shape[1], x.shape[2], x.shape[3])
        let (oh, ow) = w.outputSize(height: h, width: wd)
        var out = [Double](repeating: -.infinity, count: planes * oh * ow)
        var argmax = [Int](repeating: -1, count: out.count)
        let src = x.value.scalars
        w.forEachPair(planes: planes, height: h, width: wd) { o, i in
            if src[i] > out[o] || argmax[o] < 0 { out[o] = src[i]; argmax[o] = i }
        }
        let shape = [x.shape[0], x.shape[1], oh, ow]
        return Variable(Tensor(shape: shape, scalars: out), x) { g in
            var dx = [Double](repeating: 0, count: x.value.count)
            for o in 0..<g.count where argmax[o] >= 0 { dx[argmax[o]] += g.scalars[o] }
            x.accumulate(Tensor(shape: x.shape, scalars: dx))
        }
    }

    /// Average pooling; padded positions count as zeros and the divisor is always kh·kw
    /// (PyTorch's `count_include_pad=True`).
    public func avgPool2d(_ w: Window2D) -> Variable {
        let x = self
        precondition(x.shape.count == 4, "avgPool2d: input must be [N, C, H, W], got \(x.shape)")
        let (planes, h, wd) = (x.shape[0] * x.shape[1], x.shape[2], x.shape[3])
        let (oh, ow) = w.outputSize(height: h, width: wd)
        let scale = 1 / Double(w.kernel.height * w.kernel.width)
        func forEachPair(_ body: (Int, Int) -> Void) { w.forEachPair(planes: planes, height: h, width: wd, body) }
        var out = [Double](repeating: 0, count: planes * oh * ow)
        let src = x.value.scalars
        forEachPair { o, i in out[o] += src[i] }
        for o in 0..<out.count { out[o] *= scale }
        let shape = [x.shape[0], x.shape[1], oh, ow]
        return Variable(Tensor(shape: shape, scalars: out), x) { g in
            var dx = [Double](repeating: 0, count: x.value.count)
            forEachPair { o, i in dx[i] += g.scalars[o] * scale }
            x.accumulate(Tensor(shape: x.shape, scalars: dx))
        }
    }
}
