/// Rank by Householder QR with column pivoting: it stops after `rank` steps, so a large matrix of
/// low rank (the W₂W₁ of a bottleneck network) costs O(rank·m·n) instead of a full SVD.
extension Matrix {
    /// Numerical rank: the number of pivoting steps before every remaining column's norm falls
    /// below `tolerance`, which defaults to ‖A‖_max-column · max(m, n) · ε, as ``rank(_:tolerance:)`` does.
    public static func rankByPivotedQR(_ a: Tensor, tolerance: Double? = nil) -> Int {
        precondition(a.rank == 2, "rankByPivotedQR: needs a matrix, got shape \(a.shape)")
        let (m, n) = (a.shape[0], a.shape[1])
        // Column-major copy: column j is cols[j*m ..< (j+1)*m].
        var cols = [Double](repeating: 0, count: m * n)
        for j in 0..<n { for i in 0..<m { cols[j * m + i] = a.scalars[i * n + j] } }
        return cols.withUnsafeMutableBufferPointer { c -> Int in
            func norm2(_ j: Int, from row: Int) -> Double {
                var s = 0.0
                for i in row..<m { s += c[j * m + i] * c[j * m + i] }
                return s
            }
            let largest = (0..<n).map { norm2($0, from: 0) }.max() ?? 0
            let tol = tolerance ?? largest.squareRoot() * Double(max(m, n)) * Double.ulpOfOne
            var rank = 0
            for step in 0..<min(m, n) {
                // Pivot: the remaining column with the largest norm below row `step`.
                var best = step, bestNorm = -1.0
                for j in step..<n {
                    let v = norm2(j, from: step)
                    if v > bestNorm { (best, bestNorm) = (j, v) }
                }
                if bestNorm.squareRoot() <= tol { break }
                if best != step { for i in 0..<m { c.swapAt(step * m + i, best * m + i) } }
                // Householder reflection that zeroes column `step` below the diagonal.
                let alpha = (c[step * m + step] >= 0 ? -1.0 : 1.0) * bestNorm.squareRoot()
                var v = [Double](repeating: 0, count: m - step)
                for i in step..<m { v[i - step] = c[step * m + i] }
                v[0] -= alpha
                let vv = v.reduce(0) { $0 + $1 * $1 }
                rank += 1
                guard vv > 0 else { continue }
                for j in step..<n {
                    var dot = 0.0
                    for i in step..<m { dot += v[i - step] * c[j * m + i] }
                    let f = 2 * dot / vv
                    for i in step..<m { c[j * m + i] -= f * v[i - step] }
                }
            }
            return rank
        }
    }
}
