/// Determinant and inverse by LU decomposition with partial pivoting.
extension Matrix {
    /// The factors of P·A = L·U packed in one square matrix (L below the diagonal, with unit
    /// diagonal; U on and above), the row order and the sign of the permutation.
    struct LU {
        var packed: [Double]
        var rows: [Int]
        var sign: Double
        var size: Int

        /// Whether a pivot is 0 or negligible against the matrix's largest entry (10⁻¹² of it):
        /// the matrix is singular to working precision.
        var isSingular: Bool

        init(_ a: Tensor) {
            precondition(a.rank == 2 && a.shape[0] == a.shape[1], "LU: needs a square matrix, got shape \(a.shape)")
            size = a.shape[0]
            packed = a.scalars
            rows = Array(0..<size)
            sign = 1
            isSingular = false
            let n = size
            let scale = a.scalars.reduce(0) { Swift.max($0, abs($1)) }
            for k in 0..<n {
                var pivot = k
                for i in (k + 1)..<Swift.max(n, k + 1) where abs(packed[i * n + k]) > abs(packed[pivot * n + k]) { pivot = i }
                if abs(packed[pivot * n + k]) <= 1e-12 * scale || scale == 0 {
                    isSingular = true
                    continue
                }
                if pivot != k {
                    for j in 0..<n { packed.swapAt(k * n + j, pivot * n + j) }
                    rows.swapAt(k, pivot)
                    sign = -sign
                }
                for i in (k + 1)..<Swift.max(n, k + 1) {
                    let factor = packed[i * n + k] / packed[k * n + k]
                    packed[i * n + k] = factor
                    for j in (k + 1)..<n { packed[i * n + j] -= factor * packed[k * n + j] }
                }
            }
        }
    }

    /// det A, the product of U's diagonal and the permutation's sign (0 for a singular matrix).
    public static func determinant(_ a: Tensor) -> Double {
        let lu = LU(a)
        if lu.isSingular { return 0 }
        return (0..<lu.size).reduce(lu.sign) { $0 * lu.packed[$1 * lu.size + $1] }
    }

    /// A⁻¹, or nil when A is singular to working precision.
    public static func inverse(_ a: Tensor) -> Tensor? {
        let lu = LU(a)
        guard !lu.isSingular else { return nil }
        let n = lu.size
        var inverse = [Double](repeating: 0, count: n * n)
        for column in 0..<n {
            // Solve L·y = P·e, then U·x = y.
            var x = (0..<n).map { lu.rows[$0] == column ? 1.0 : 0.0 }
            for i in 0..<n { for j in 0..<i { x[i] -= lu.packed[i * n + j] * x[j] } }
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in (i + 1)..<n { x[i] -= lu.packed[i * n + j] * x[j] }
                x[i] /= lu.packed[i * n + i]
            }
            for i in 0..<n { inverse[i * n + column] = x[i] }
        }
        return Tensor(shape: [n, n], scalars: inverse)
    }
}
