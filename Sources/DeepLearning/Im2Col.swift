/// im2col / col2im: unfold image patches into columns so convolution becomes one GEMM.
enum Im2Col {
    /// Unfolds one image [C, H, W] (at `image`) into columns [C·kh·kw, oh·ow].
    static func unfold(_ image: UnsafePointer<Double>, channels: Int, height: Int, width: Int,
                       window w: Window2D, into cols: UnsafeMutablePointer<Double>) {
        let (oh, ow) = w.outputSize(height: height, width: width)
        var row = 0
        for c in 0..<channels {
            for ki in 0..<w.kernel.height {
                for kj in 0..<w.kernel.width {
                    let dst = cols + row * oh * ow
                    for y in 0..<oh {
                        let iy = y * w.stride.height - w.padding.height + ki * w.dilation.height
                        let line = dst + y * ow
                        if iy < 0 || iy >= height {
                            line.update(repeating: 0, count: ow)
                            continue
                        }
                        let src = image + (c * height + iy) * width
                        for x in 0..<ow {
                            let ix = x * w.stride.width - w.padding.width + kj * w.dilation.width
                            line[x] = (ix >= 0 && ix < width) ? src[ix] : 0
                        }
                    }
                    row += 1
                }
            }
        }
    }

    /// Adds columns [C·kh·kw, oh·ow] back into one image gradient [C, H, W] (the adjoint of unfold).
    static func fold(_ cols: UnsafePointer<Double>, channels: Int, height: Int, width: Int,
                     window w: Window2D, into image: UnsafeMutablePointer<Double>) {
        let (oh, ow) = w.outputSize(height: height, width: width)
        var row = 0
        for c in 0..<channels {
            for ki in 0..<w.kernel.height {
                for kj in 0..<w.kernel.width {
                    let src = cols + row * oh * ow
                    for y in 0..<oh {
                        let iy = y * w.stride.height - w.padding.height + ki * w.dilation.height
                        if iy < 0 || iy >= height { continue }
                        let dst = image + (c * height + iy) * width
                        for x in 0..<ow {
                            let ix = x * w.stride.width - w.padding.width + kj * w.dilation.width
                            if ix >= 0 && ix < width { dst[ix] += src[y * ow + x] }
                        }
                    }
                    row += 1
                }
            }
        }
    }
}
