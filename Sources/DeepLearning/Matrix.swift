/// Dense linear algebra an exam needs: singular values and numerical rank.
public enum Matrix {
    /// Singular values of a rank-2 tensor, largest first, by one-sided Jacobi rotations
    /// (deterministic, accurate to about machine precision relative to σ_max).
    public static func singularValues(_ a: Tensor) -> [Double] {
        precondition(a.rank == 2, "singularValues: needs a matrix, got shape \(a.shape)")
        // Work on columns of the taller orientation.
        let t = a.shape[0] >= a.shape[1] ? a : a.transposed()
        let (m, n) = (t.shape[0], t.shape[1])
        // Column j of the working matrix is cols[j*m ..< (j+1)*m].
        var cols = [Double](repeating: 0, count: m * n)
        for j in 0..<n { for i in 0..<m { cols[j * m + i] = t.scalars[i * n + j] } }
        // Columns whose squared norm falls below this are numerical zeros: rotating them against
        // each other only shuffles rounding noise, and would keep a rank-deficient matrix sweeping.
        let negligible = cols.reduce(0) { $0 + $1 * $1 } * 1e-32
        cols.withUnsafeMutableBufferPointer { c in
            for _ in 0..<60 {
                var rotated = false
                for p in 0..<n {
                    for q in (p + 1)..<max(n, p + 1) {
                        var alpha = 0.0, beta = 0.0, gamma = 0.0
                        for i in 0..<m {
                            let x = c[p * m + i], y = c[q * m + i]
                            alpha += x * x
                            beta += y * y
                            gamma += x * y
                        }
                        if alpha <= negligible || beta <= negligible { continue }
                        if abs(gamma) <= 1e-15 * (alpha * beta).squareRoot() || gamma == 0 { continue }
                        rotated = true
                        let zeta = (beta - alpha) / (2 * gamma)
                        let tan = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                        let cosine = 1 / (1 + tan * tan).squareRoot(), sine = cosine * tan
                        for i in 0..<m {
                            let x = c[p * m + i], y = c[q * m + i]
                            c[p * m + i] = cosine * x - sine * y
                            c[q * m + i] = sine * x + cosine * y
                        }
                    }
                }
                if !rotated { break }
            }
        }
        return (0..<n).map { j in cols[(j * m)..<((j + 1) * m)].reduce(0) { $0 + $1 * $1 }.squareRoot() }.sorted(by: >)
    }

    /// Numerical rank: the number of singular values above `tolerance`, which defaults to
    /// σ_max · max(m, n) · ε (NumPy's `matrix_rank` convention, ε = 2.2·10⁻¹⁶).
    public static func rank(_ a: Tensor, tolerance: Double? = nil) -> Int {
        let s = singularValues(a)
        let tol = tolerance ?? (s.first ?? 0) * Double(a.shape.max() ?? 0) * Double.ulpOfOne
        return s.filter { $0 > tol }.count
    }
}
