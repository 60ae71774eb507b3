/// Differentiable reshape, transpose, slice, concatenation and matrix product.
extension Variable {
    /// The same elements with another shape (one extent may be −1).
    public func reshaped(_ shape: [Int]) -> Variable {
        let x = self
        return Variable(x.value.reshaped(shape), x) { g in x.accumulate(g.reshaped(x.shape)) }
    }

    /// Axes permuted (default: the last two swapped).
    public func transposed(_ permutation: [Int]? = nil) -> Variable {
        let x = self
        let perm = permutation ?? {
            var p = Array(0..<x.shape.count); p.swapAt(p.count - 2, p.count - 1); return p
        }()
        var inverse = perm
        for (i, p) in perm.enumerated() { inverse[p] = i }
        return Variable(x.value.transposed(perm), x) { g in x.accumulate(g.transposed(inverse)) }
    }

    /// The sub-tensor `range` along `axis`.
    public func slice(axis: Int, _ range: Range<Int>) -> Variable {
        let x = self
        let ax = axis < 0 ? axis + x.shape.count : axis
        return Variable(x.value.slice(axis: ax, range), x) { g in
            var parts: [Tensor] = []
            var before = x.shape; before[ax] = range.lowerBound
            var after = x.shape; after[ax] = x.shape[ax] - range.upperBound
            if range.lowerBound > 0 { parts.append(.zeros(before)) }
            parts.append(g)
            if after[ax] > 0 { parts.append(.zeros(after)) }
            x.accumulate(Tensor.concatenate(parts, axis: ax))
        }
    }

    /// Joins variables along `axis`.
    public static func concatenate(_ parts: [Variable], axis: Int) -> Variable {
        precondition(!parts.isEmpty, "concatenate: no variables")
        let ax = axis < 0 ? axis + parts[0].shape.count : axis
        let value = Tensor.concatenate(parts.map(\.value), axis: ax)
        return Variable(value, parts[0], nil, extra: Array(parts.dropFirst())) { g in
            var start = 0
            for p in parts {
                p.accumulate(g.slice(axis: ax, start..<(start + p.shape[ax])))
                start += p.shape[ax]
            }
        }
    }

    /// Matrix product of rank-2 variables; `transposeOther` multiplies by otherᵀ without a copy.
    public func matmul(_ other: Variable, transposeOther: Bool = false) -> Variable {
        let a = self, b = other
        return Variable(a.value.matmul(b.value, transposeOther: transposeOther), a, b) { g in
            if a.requiresGrad {
                // dA = G·op(B)ᵀ
                a.accumulate(g.matmul(b.value, transposeOther: !transposeOther))
            }
            if b.requiresGrad {
                // op(B) = B: dB = AᵀG; op(B) = Bᵀ: dB = GᵀA
                b.accumulate(transposeOther ? g.matmul(a.value, transposeSelf: true)
                                            : a.value.matmul(g, transposeSelf: true))
            }
        }
    }
}
