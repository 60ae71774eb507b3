/// Differentiable sum, mean and max over axes.
extension Variable {
    /// Sum over `axes` (all axes when `nil`); `keepDims` keeps reduced axes with extent 1.
    public func sum(axes: [Int]? = nil, keepDims: Bool = false) -> Variable {
        let x = self
        let (kept, out) = x.value.reduce(axes: axes, initial: 0, +)
        return Variable(keepDims ? out.reshaped(kept) : out, x) { g in
            x.accumulate(g.reshaped(kept).broadcast(to: x.shape))
        }
    }

    /// Mean over `axes` (all axes when `nil`).
    public func mean(axes: [Int]? = nil, keepDims: Bool = false) -> Variable {
        let n = Tensor.reducedCount(shape, axes: axes)
        return sum(axes: axes, keepDims: keepDims) * (1 / Double(n))
    }

    /// Max over `axes`; the gradient goes to the first maximal element of each group.
    public func max(axes: [Int]? = nil, keepDims: Bool = false) -> Variable {
        let x = self
        let (kept, out) = x.value.reduce(axes: axes, initial: -.infinity, Swift.max)
        return Variable(keepDims ? out.reshaped(kept) : out, x) { g in
            // Route each group's gradient to its first argmax.
            let target = out.reshaped(kept)
            let gk = g.reshaped(kept)
            let st = Tensor.broadcastStrides(kept, into: x.shape)
            var taken = [Bool](repeating: false, count: target.count)
            var local = [Double](repeating: 0, count: x.value.count)
            var index = [Int](repeating: 0, count: x.shape.count)
            var it = 0
            for k in 0..<x.value.count {
                if !taken[it] && x.value.scalars[k] == target.scalars[it] {
                    taken[it] = true
                    local[k] = gk.scalars[it]
                }
                var axis = x.shape.count - 1
                while axis >= 0 {
                    index[axis] += 1; it += st[axis]
                    if index[axis] < x.shape[axis] { break }
                    it -= st[axis] * x.shape[axis]; index[axis] = 0; axis -= 1
                }
            }
            x.accumulate(Tensor(shape: x.shape, scalars: local))
        }
    }
}

extension Tensor {
    /// Number of elements folded into each output of a reduction over `axes`.
    static func reducedCount(_ shape: [Int], axes: [Int]?) -> Int {
        let axes = normalizedAxes(axes, rank: shape.count)
        return axes.reduce(1) { $0 * shape[$1] }
    }

    static func normalizedAxes(_ axes: [Int]?, rank: Int) -> [Int] {
        guard let axes else { return Array(0..<rank) }
        return axes.map { axis in
            let a = axis < 0 ? axis + rank : axis
            precondition(a >= 0 && a < rank, "reduce: axis \(axis) out of range for rank \(rank)")
            return a
        }
    }

    /// Folds `axes` with `op`; returns (shape with reduced axes kept as 1, result without them).
    public func reduce(axes: [Int]?, initial: Double,
                       _ op: (Double, Double) -> Double) -> (kept: [Int], result: Tensor) {
        let axes = Tensor.normalizedAxes(axes, rank: rank)
        var kept = shape
        for a in axes { kept[a] = 1 }
        let dropped = shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
        let st = Tensor.broadcastStrides(kept, into: shape)
        var out = [Double](repeating: initial, count: kept.reduce(1, *))
        var index = [Int](repeating: 0, count: rank)
        var it = 0
        for k in 0..<count {
            out[it] = op(out[it], scalars[k])
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1; it += st[axis]
                if index[axis] < shape[axis] { break }
                it -= st[axis] * shape[axis]; index[axis] = 0; axis -= 1
            }
        }
        return (kept, Tensor(shape: dropped, scalars: out))
    }
}
