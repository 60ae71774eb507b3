/// Axis permutation, slicing and concatenation on plain tensors.
extension Tensor {
    /// Axes reordered: result axis i is this tensor's axis `permutation[i]`.
    /// With no argument, swaps the last two axes.
    public func transposed(_ permutation: [Int]? = nil) -> Tensor {
        let perm = permutation ?? {
            precondition(rank >= 2, "transposed(): shape \(shape) has fewer than 2 axes")
            var p = Array(0..<rank); p.swapAt(rank - 2, rank - 1); return p
        }()
        precondition(perm.sorted() == Array(0..<rank),
                     "transposed: \(perm) is not a permutation of the axes of shape \(shape)")
        let newShape = perm.map { shape[$0] }
        if rank == 2 && perm == [1, 0] {
            let (r, c) = (shape[0], shape[1])
            var out = [Double](repeating: 0, count: count)
            for i in 0..<r { for j in 0..<c { out[j * r + i] = scalars[i * c + j] } }
            return Tensor(shape: newShape, scalars: out)
        }
        let own = strides
        let src = perm.map { own[$0] }
        var out = [Double](repeating: 0, count: count)
        var index = [Int](repeating: 0, count: rank)
        var from = 0
        for k in 0..<count {
            out[k] = scalars[from]
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1; from += src[axis]
                if index[axis] < newShape[axis] { break }
                from -= src[axis] * newShape[axis]; index[axis] = 0; axis -= 1
            }
        }
        return Tensor(shape: newShape, scalars: out)
    }

    /// The sub-tensor `range` along `axis`.
    public func slice(axis: Int, _ range: Range<Int>) -> Tensor {
        let axis = axis < 0 ? axis + rank : axis
        precondition(axis >= 0 && axis < rank, "slice: axis \(axis) out of range for shape \(shape)")
        precondition(range.lowerBound >= 0 && range.upperBound <= shape[axis],
                     "slice: range \(range) out of bounds for axis \(axis) of shape \(shape)")
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        var out = [Double](); out.reserveCapacity(outer * range.count * inner)
        for o in 0..<outer {
            let base = o * shape[axis] * inner
            out.append(contentsOf: scalars[(base + range.lowerBound * inner)..<(base + range.upperBound * inner)])
        }
        var newShape = shape; newShape[axis] = range.count
        return Tensor(shape: newShape, scalars: out)
    }

    /// Joins tensors along `axis`; all other extents must match.
    public static func concatenate(_ parts: [Tensor], axis: Int) -> Tensor {
        precondition(!parts.isEmpty, "concatenate: no tensors")
        let first = parts[0].shape
        let axis = axis < 0 ? axis + first.count : axis
        for p in parts {
            precondition(p.rank == first.count && (0..<first.count).allSatisfy { $0 == axis || p.shape[$0] == first[$0] },
                         "concatenate: shapes \(parts.map(\.shape)) differ off axis \(axis)")
        }
        let outer = first[..<axis].reduce(1, *)
        var out = [Double]()
        for o in 0..<outer {
            for p in parts {
                let chunk = p.count / Swift.max(outer, 1)
                out.append(contentsOf: p.scalars[(o * chunk)..<((o + 1) * chunk)])
            }
        }
        var shape = first; shape[axis] = parts.reduce(0) { $0 + $1.shape[axis] }
        return Tensor(shape: shape, scalars: out)
    }

    /// Matrix product of rank-2 tensors, optionally transposing either operand.
    public func matmul(_ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false) -> Tensor {
        precondition(rank == 2 && other.rank == 2,
                     "matmul: needs rank-2 operands, got \(shape) and \(other.shape)")
        let (m, k1) = transposeSelf ? (shape[1], shape[0]) : (shape[0], shape[1])
        let (k2, n) = transposeOther ? (other.shape[1], other.shape[0]) : (other.shape[0], other.shape[1])
        precondition(k1 == k2,
                     "matmul: inner extents differ: \(shape)\(transposeSelf ? "ᵀ" : "") × \(other.shape)\(transposeOther ? "ᵀ" : "")")
        var out = [Double](repeating: 0, count: m * n)
        scalars.withUnsafeBufferPointer { a in
            other.scalars.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { c in
                    GEMM.multiply(a.baseAddress!, transposeA: transposeSelf, b.baseAddress!,
                                  transposeB: transposeOther, into: c.baseAddress!, m: m, n: n, k: k1)
                }
            }
        }
        return Tensor(shape: [m, n], scalars: out)
    }
}
