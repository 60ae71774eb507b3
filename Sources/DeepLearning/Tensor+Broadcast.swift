/// Broadcasting: NumPy rules, trailing axes aligned, extents equal or 1.
extension Tensor {
    /// The shape two operands broadcast to; traps with both shapes named if incompatible.
    public static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int] {
        let rank = max(a.count, b.count)
        var result = Array(repeating: 1, count: rank)
        for i in 0..<rank {
            let x = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let y = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            precondition(x == y || x == 1 || y == 1,
                         "broadcast: shapes \(a) and \(b) are incompatible at axis \(i)")
            result[i] = x == 1 ? y : x
        }
        return result
    }

    /// Strides of `shape` seen inside `target` (0 on broadcast axes).
    static func broadcastStrides(_ shape: [Int], into target: [Int]) -> [Int] {
        let own = strides(for: shape)
        let lead = target.count - shape.count
        return (0..<target.count).map { i in
            i < lead || shape[i - lead] == 1 ? 0 : own[i - lead]
        }
    }

    /// Combines two tensors elementwise after broadcasting them to a common shape.
    public func zip(_ other: Tensor, _ op: (Double, Double) -> Double) -> Tensor {
        if shape == other.shape {
            var out = scalars
            other.scalars.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { o in
                    for i in 0..<o.count { o[i] = op(o[i], b[i]) }
                }
            }
            return Tensor(shape: shape, scalars: out)
        }
        if other.count == 1 {
            let s = other.scalars[0]
            let out = scalars.map { op($0, s) }
            return Tensor(shape: Tensor.broadcastShape(shape, other.shape), scalars: out)
        }
        if count == 1 {
            let s = scalars[0]
            let out = other.scalars.map { op(s, $0) }
            return Tensor(shape: Tensor.broadcastShape(shape, other.shape), scalars: out)
        }
        let outShape = Tensor.broadcastShape(shape, other.shape)
        // Row broadcast (e.g. bias [n] onto [m, n]).
        if outShape == shape, other.rank >= 1, other.count == shape.last!,
           other.shape.dropLast().allSatisfy({ $0 == 1 }) {
            let n = other.count
            var out = scalars
            other.scalars.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { o in
                    var base = 0
                    while base < o.count {
                        for j in 0..<n { o[base + j] = op(o[base + j], b[j]) }
                        base += n
                    }
                }
            }
            return Tensor(shape: outShape, scalars: out)
        }
        let sa = Tensor.broadcastStrides(shape, into: outShape)
        let sb = Tensor.broadcastStrides(other.shape, into: outShape)
        let total = outShape.reduce(1, *)
        var out = [Double](repeating: 0, count: total)
        var index = [Int](repeating: 0, count: outShape.count)
        var ia = 0, ib = 0
        for k in 0..<total {
            out[k] = op(scalars[ia], other.scalars[ib])
            var axis = outShape.count - 1
            while axis >= 0 {
                index[axis] += 1; ia += sa[axis]; ib += sb[axis]
                if index[axis] < outShape[axis] { break }
                ia -= sa[axis] * outShape[axis]; ib -= sb[axis] * outShape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        return Tensor(shape: outShape, scalars: out)
    }

    /// This tensor broadcast to `target` (materialised).
    public func broadcast(to target: [Int]) -> Tensor {
        precondition(Tensor.broadcastShape(shape, target) == target,
                     "broadcast: shape \(shape) cannot broadcast to \(target)")
        if shape == target { return self }
        return Tensor.zeros(target).zip(self) { _, b in b }
    }

    /// Sums broadcast axes away so the result has `target` shape (the adjoint of broadcasting).
    public func sum(toShape target: [Int]) -> Tensor {
        if shape == target { return self }
        precondition(Tensor.broadcastShape(target, shape) == shape,
                     "sum(toShape:): \(target) does not broadcast to \(shape)")
        let targetCount = target.reduce(1, *)
        if targetCount == 1 {
            return Tensor(shape: target, scalars: [scalars.reduce(0, +)])
        }
        var out = [Double](repeating: 0, count: targetCount)
        if target.last == shape.last, targetCount == shape.last!,
           target.dropLast().allSatisfy({ $0 == 1 }) {
            let n = targetCount
            scalars.withUnsafeBufferPointer { g in
                out.withUnsafeMutableBufferPointer { o in
                    var base = 0
                    while base < g.count {
                        for j in 0..<n { o[j] += g[base + j] }
                        base += n
                    }
                }
            }
            return Tensor(shape: target, scalars: out)
        }
        let st = Tensor.broadcastStrides(target, into: shape)
        var index = [Int](repeating: 0, count: shape.count)
        var it = 0
        for k in 0..<count {
            out[it] += scalars[k]
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1; it += st[axis]
                if index[axis] < shape[axis] { break }
                it -= st[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
        return Tensor(shape: target, scalars: out)
    }
}
