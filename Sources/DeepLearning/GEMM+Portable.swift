/// The portable kernel: i-k-j loop order over column panels, fixed summation order in k.
extension GEMM {
    static func portable(_ a: UnsafePointer<Double>, transposeA: Bool,
                         _ b: UnsafePointer<Double>, transposeB: Bool,
                         into c: UnsafeMutablePointer<Double>, m: Int, n: Int, k: Int,
                         accumulate: Bool) {
        if !accumulate { c.update(repeating: 0, count: m * n) }
        if k == 0 { return }
        // Bring B to row-major k×n so the inner loop walks contiguous memory; the packed copy's
        // pointer is used only inside its closure.
        guard transposeB else {
            return panels(a, transposeA: transposeA, bRows: b, into: c, m: m, n: n, k: k)
        }
        let packedB = [Double](unsafeUninitializedCapacity: k * n) { buf, count in
            for p in 0..<k { for j in 0..<n { buf[p * n + j] = b[j * k + p] } }
            count = k * n
        }
        packedB.withUnsafeBufferPointer { rows in
            panels(a, transposeA: transposeA, bRows: rows.baseAddress!, into: c, m: m, n: n, k: k)
        }
    }

    /// C += A·B with B row-major k×n at `bRows`, column panel by column panel.
    private static func panels(_ a: UnsafePointer<Double>, transposeA: Bool, bRows: UnsafePointer<Double>,
                               into c: UnsafeMutablePointer<Double>, m: Int, n: Int, k: Int) {
        // A element (i, p).
        @inline(__always) func aAt(_ i: Int, _ p: Int) -> Double {
            transposeA ? a[p * m + i] : a[i * k + p]
        }
        let panel = 256                                   // columns per panel (fits in L1/L2)
        var j0 = 0
        while j0 < n {
            let width = min(panel, n - j0)
            var i = 0
            while i + 4 <= m {
                let c0 = c + i * n + j0, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n
                for p in 0..<k {
                    let a0 = aAt(i, p), a1 = aAt(i + 1, p), a2 = aAt(i + 2, p), a3 = aAt(i + 3, p)
                    let row = bRows + p * n + j0
                    for j in 0..<width {
                        let bv = row[j]
                        c0[j] = c0[j] + a0 * bv
                        c1[j] = c1[j] + a1 * bv
                        c2[j] = c2[j] + a2 * bv
                        c3[j] = c3[j] + a3 * bv
                    }
                }
                i += 4
            }
            while i < m {
                let c0 = c + i * n + j0
                for p in 0..<k {
                    let a0 = aAt(i, p)
                    let row = bRows + p * n + j0
                    for j in 0..<width { c0[j] = c0[j] + a0 * row[j] }
                }
                i += 1
            }
            j0 += width
        }
    }
}
