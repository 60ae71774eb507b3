/// Differentiable 2-D convolution (cross-correlation, as in deep-learning libraries) by im2col + GEMM.
extension Variable {
    /// Convolves input [N, C, H, W] with filters [F, C, kh, kw]; result [N, F, oh, ow].
    /// Add a bias with `+ bias.reshaped([1, F, 1, 1])` (``Conv2D`` does).
    public func conv2d(_ filters: Variable, stride: Int = 1, padding: Int = 0, dilation: Int = 1) -> Variable {
        let f = filters.shape
        precondition(f.count == 4, "conv2d: filters must be [F, C, kh, kw], got \(f)")
        return conv2d(filters, window: Window2D(kernel: (f[2], f[3]), stride: (stride, stride),
                                                padding: (padding, padding), dilation: (dilation, dilation)))
    }

    /// Convolution with an explicit window (its kernel must match the filters' spatial shape).
    public func conv2d(_ filters: Variable, window w: Window2D) -> Variable {
        let x = self, k = filters
        precondition(x.shape.count == 4, "conv2d: input must be [N, C, H, W], got \(x.shape)")
        precondition(k.shape.count == 4 && k.shape[1] == x.shape[1]
                     && k.shape[2] == w.kernel.height && k.shape[3] == w.kernel.width,
                     "conv2d: filters \(k.shape) do not fit input \(x.shape) with kernel \(w.kernel)")
        let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let filters = k.shape[0]
        let (oh, ow) = w.outputSize(height: h, width: wd)
        let patch = c * w.kernel.height * w.kernel.width, spots = oh * ow
        var cols = [Double](repeating: 0, count: n * patch * spots)
        var out = [Double](repeating: 0, count: n * filters * spots)
        x.value.scalars.withUnsafeBufferPointer { img in
            k.value.scalars.withUnsafeBufferPointer { kw in
                cols.withUnsafeMutableBufferPointer { cb in
                    out.withUnsafeMutableBufferPointer { ob in
                        for i in 0..<n {
                            let col = cb.baseAddress! + i * patch * spots
                            Im2Col.unfold(img.baseAddress! + i * c * h * wd, channels: c, height: h,
                                          width: wd, window: w, into: col)
                            GEMM.multiply(kw.baseAddress!, transposeA: false, col, transposeB: false,
                                          into: ob.baseAddress! + i * filters * spots,
                                          m: filters, n: spots, k: patch)
                        }
                    }
                }
            }
        }
        let value = Tensor(shape: [n, filters, oh, ow], scalars: out)
        return Variable(value, x, k) { g in
            var dk = [Double](repeating: 0, count: filters * patch)
            var dx = [Double](repeating: 0, count: x.value.count)
            var dcol = [Double](repeating: 0, count: patch * spots)
            g.scalars.withUnsafeBufferPointer { gb in
                cols.withUnsafeBufferPointer { cb in
                    k.value.scalars.withUnsafeBufferPointer { kw in
                        for i in 0..<n {
                            let gi = gb.baseAddress! + i * filters * spots
                            if k.requiresGrad {
                                // dK += G_i · colsᵢᵀ
                                dk.withUnsafeMutableBufferPointer { d in
                                    GEMM.multiply(gi, transposeA: false, cb.baseAddress! + i * patch * spots,
                                                  transposeB: true, into: d.baseAddress!,
                                                  m: filters, n: patch, k: spots, accumulate: true)
                                }
                            }
                            if x.requiresGrad {
                                // dcols = Kᵀ · G_i, folded back into the image.
                                dcol.withUnsafeMutableBufferPointer { d in
                                    GEMM.multiply(kw.baseAddress!, transposeA: true, gi, transposeB: false,
                                                  into: d.baseAddress!, m: patch, n: spots, k: filters)
                                    dx.withUnsafeMutableBufferPointer { dxb in
                                        Im2Col.fold(d.baseAddress!, channels: c, height: h, width: wd,
                                                    window: w, into: dxb.baseAddress! + i * c * h * wd)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if k.requiresGrad { k.accumulate(Tensor(shape: k.shape, scalars: dk)) }
            if x.requiresGrad { x.accumulate(Tensor(shape: x.shape, scalars: dx)) }
        }
    }
}

extension Variable {
    /// Grouped convolution: the input's C channels and the F filters [F, C/groups, kh, kw] are
    /// split into `groups` equal groups, and the filters of group k see only its channels
    /// (`groups` = C is a depthwise convolution).
    public func conv2d(_ filters: Variable, window: Window2D, groups: Int) -> Variable {
        guard groups > 1 else { return conv2d(filters, window: window) }
        let channels = shape[1] / groups, perGroup = filters.shape[0] / groups
        precondition(shape[1] % groups == 0 && filters.shape[0] % groups == 0 && filters.shape[1] == channels,
                     "conv2d: \(groups) groups do not divide input \(shape) and filters \(filters.shape)")
        let parts = (0..<groups).map { g in
            slice(axis: 1, (g * channels)..<((g + 1) * channels))
                .conv2d(filters.slice(axis: 0, (g * perGroup)..<((g + 1) * perGroup)), window: window)
        }
        return Variable.concatenate(parts, axis: 1)
    }
}
