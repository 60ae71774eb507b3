import DeepLearning

/// The losses on given scores and distributions: binary cross-entropy with logits, the hinge
/// loss, the KL divergence of two categorical distributions and a Gaussian's negative
/// log-likelihood (label smoothing is `smoothing:` of `cross_entropy`).
struct LossComputations {
    var arguments: Arguments

    static let tables: [Computation.Kind: [Option]] = [
        .binaryCrossEntropyWithLogits: [.required("logits", .values), .required("targets", .values)],
        .hinge: [.required("scores", .values), .required("labels", .values)],
        .categoricalKL: [.required("p", .values), .required("q", .values)],
        .gaussianNLL: [.required("x", .values), .required("mean", .values), .required("variance", .values)],
    ]

    func run(_ kind: Computation.Kind) throws(EvaluationError) -> Value {
        switch kind {
        case .binaryCrossEntropyWithLogits:
            let (z, t) = try pair("logits", "targets")
            guard t.allSatisfy({ $0 >= 0 && $0 <= 1 }) else { throw arguments.error("targets", "every target is a probability from 0 to 1") }
            return .number(Loss.binaryCrossEntropy(logits: Variable(Tensor(z)), targets: Tensor(t)).value.scalar)
        case .hinge:
            let (y, t) = try pair("scores", "labels")
            guard t.allSatisfy({ $0 == 1 || $0 == -1 }) else { throw arguments.error("labels", "every label is 1 or -1") }
            return .number(Loss.hinge(Variable(Tensor(y)), labels: Tensor(t)).value.scalar)
        case .categoricalKL:
            let (p, q) = try pair("p", "q")
            for (key, d) in [("p", p), ("q", q)] {
                guard d.allSatisfy({ $0 >= 0 }), abs(d.reduce(0, +) - 1) <= 1e-9 else {
                    throw arguments.error(key, "`\(key)` is a distribution: entries of at least 0 that sum to 1")
                }
            }
            guard zip(p, q).allSatisfy({ $0 == 0 || $1 > 0 }) else {
                throw arguments.error("q", "`q` is 0 where `p` is not, so KL(p ‖ q) is infinite")
            }
            return .number(Loss.categoricalKL(Variable(Tensor(p)), Variable(Tensor(q))).value.scalar)
        default:
            let (x, mean) = try pair("x", "mean")
            let variance = try arguments.vector("variance")
            guard variance.count == x.count, variance.allSatisfy({ $0 > 0 }) else {
                throw arguments.error("variance", "`variance` needs \(x.count) entries, each greater than 0")
            }
            return .number(Loss.gaussianNLL(Tensor(x), mean: Variable(Tensor(mean)), variance: Variable(Tensor(variance))).value.scalar)
        }
    }

    /// Two vectors of the same, non-zero length.
    private func pair(_ a: String, _ b: String) throws(EvaluationError) -> ([Double], [Double]) {
        let (x, y) = (try arguments.vector(a), try arguments.vector(b))
        guard !x.isEmpty, x.count == y.count else {
            throw arguments.error(b, "`\(a)` and `\(b)` need the same number of entries, got \(x.count) and \(y.count)")
        }
        return (x, y)
    }
}
