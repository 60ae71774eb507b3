/// Receptive fields of stacked sliding windows, computed two ways that must agree.
public enum ReceptiveField {
    /// Size r and jump j after each layer, from r₀ = 1, j₀ = 1:
    /// r_l = r_(l−1) + (k_eff − 1)·j_(l−1),  j_l = j_(l−1)·s_l,  k_eff = d(k − 1) + 1.
    /// Computed along the height axis (windows are usually square).
    public static func progression(layers: [Window2D]) -> [(size: Int, jump: Int)] {
        var r = 1, j = 1
        return layers.map { w in
            r += (w.effectiveKernel.height - 1) * j
            j *= w.stride.height
            return (r, j)
        }
    }

    /// The receptive field of one unit after all `layers`, by the closed-form recurrence.
    public static func closedForm(layers: [Window2D]) -> Int {
        progression(layers: layers).last?.size ?? 1
    }

    /// The closed form for the spatial layers of a model (pointwise layers contribute k = s = 1),
    /// through layer index `through` (inclusive; default: all).
    public static func closedForm(of model: Sequential, through: Int? = nil) -> Int {
        let last = through ?? model.layers.count - 1
        return closedForm(layers: model.layers[...last].compactMap(\.window))
    }

    /// The empirical measurement for the spatial layers of a model, through layer `through`.
    public static func empirical(of model: Sequential, through: Int? = nil) -> Int {
        let last = through ?? model.layers.count - 1
        return empirical(layers: model.layers[...last].compactMap(\.window))
    }

    /// The receptive field measured as the support of ∂(one output unit)/∂(input).
    ///
    /// Each window becomes a one-channel convolution with all-positive weights and no padding
    /// (padding does not change the field's size), so no path can cancel. A max-pool would route
    /// the gradient to a single element per window, which measures one input's influence, not the
    /// field; its geometry is what matters. The input grows until the output has a unit; the
    /// result is the extent (last − first + 1) of the nonzero gradient along the height axis.
    public static func empirical(layers: [Window2D]) -> Int {
        var size = 4
        while true {
            var shape = [1, 1, size, size]
            var fits = true
            for w in layers {
                let eh = w.effectiveKernel.height, ew = w.effectiveKernel.width
                if shape[2] < eh || shape[3] < ew { fits = false; break }
                shape = [1, 1, (shape[2] - eh) / w.stride.height + 1, (shape[3] - ew) / w.stride.width + 1]
            }
            if fits { break }
            size *= 2
        }
        let input = Variable(.ones([1, 1, size, size]), requiresGrad: true)
        var h = input
        for w in layers {
            let filters = Variable(.ones([1, 1, w.kernel.height, w.kernel.width]))
            h = h.conv2d(filters, window: Window2D(kernel: (w.kernel.height, w.kernel.width),
                                                   stride: (w.stride.height, w.stride.width),
                                                   dilation: (w.dilation.height, w.dilation.width)))
        }
        h.slice(axis: 2, 0..<1).slice(axis: 3, 0..<1).sum().backward()
        let g = input.grad!
        let rows = (0..<size).filter { y in (0..<size).contains { g[0, 0, y, $0] != 0 } }
        return rows.last! - rows.first! + 1
    }
}
