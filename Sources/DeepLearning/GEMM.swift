import COpenBLAS

/// General matrix multiply, C = op(A)·op(B), on row-major buffers, with two backends.
///
/// * `.portable` (the default): the engine's own kernel. Every C[i, j] is summed in the
///   fixed order k = 0, 1, …, K−1 with separate multiply and add, so results are identical
///   bits on every machine — what answer keys need.
/// * `.openBLAS`: `cblas_dgemm` / `cblas_sgemm`, single-threaded (set once on first use) so
///   results are stable run to run; the summation order follows OpenBLAS's CPU-specific
///   kernel, so bits may differ between CPU models. Use it for speed.
public enum GEMM {
    /// Which implementation multiplies matrices.
    public enum Backend: Sendable { case portable, openBLAS }

    /// The backend used by the current task/thread (see ``using(_:_:)``).
    @TaskLocal public static var backend: Backend = .portable

    /// Runs `body` with `backend` selected for every matrix product inside it.
    public static func using<R>(_ backend: Backend, _ body: () throws -> R) rethrows -> R {
        try $backend.withValue(backend) { try body() }
    }

    private static let openBLASConfigured: Bool = {
        openblas_set_num_threads(1)
        return true
    }()

    /// Sets OpenBLAS's thread count (the engine starts it at 1 for determinism).
    public static func setOpenBLASThreads(_ n: Int) {
        _ = openBLASConfigured
        openblas_set_num_threads(Int32(n))
    }

    /// C[m×n] = op(A)·op(B) (+ C if `accumulate`); op(A) is m×k, op(B) is k×n; all row-major.
    static func multiply(_ a: UnsafePointer<Double>, transposeA: Bool,
                         _ b: UnsafePointer<Double>, transposeB: Bool,
                         into c: UnsafeMutablePointer<Double>, m: Int, n: Int, k: Int,
                         accumulate: Bool = false) {
        if m == 0 || n == 0 { return }
        switch backend {
        case .openBLAS:
            _ = openBLASConfigured
            cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
                        transposeB ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k), 1.0,
                        a, Int32(transposeA ? m : k), b, Int32(transposeB ? k : n),
                        accumulate ? 1.0 : 0.0, c, Int32(n))
        case .portable:
            portable(a, transposeA: transposeA, b, transposeB: transposeB,
                     into: c, m: m, n: n, k: k, accumulate: accumulate)
        }
    }

    /// Single-precision product through OpenBLAS (row-major, no transposes); for benchmarks.
    public static func multiply(_ a: [Float], _ b: [Float], m: Int, n: Int, k: Int) -> [Float] {
        precondition(a.count == m * k && b.count == k * n,
                     "GEMM.multiply: A has \(a.count) (want \(m)×\(k)), B has \(b.count) (want \(k)×\(n))")
        _ = openBLASConfigured
        var c = [Float](repeating: 0, count: m * n)
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k),
                    1, a, Int32(k), b, Int32(n), 0, &c, Int32(n))
        return c
    }

    /// Double-precision product of row-major buffers with the current backend.
    public static func multiply(_ a: [Double], _ b: [Double], m: Int, n: Int, k: Int) -> [Double] {
        precondition(a.count == m * k && b.count == k * n,
                     "GEMM.multiply: A has \(a.count) (want \(m)×\(k)), B has \(b.count) (want \(k)×\(n))")
        var c = [Double](repeating: 0, count: m * n)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    multiply(pa.baseAddress!, transposeA: false, pb.baseAddress!, transposeB: false,
                             into: pc.baseAddress!, m: m, n: n, k: k)
                }
            }
        }
        return c
    }
}
