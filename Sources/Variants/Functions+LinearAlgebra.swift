import DeepLearning
import Foundation

/// The functions on vectors and matrices that let an expression form a value from computed
/// ones: det J of a computed Jacobian, the norm of a gradient, the class a softmax picks.
extension Functions {
    /// The largest square matrix `det` and `inv` take (they cost n³).
    static let largestSquare = 512

    static let linearAlgebra: [Function] = [
        Function(name: "det", arity: 1...1, evaluate: { args throws(EvaluationError) in
            .number(Matrix.determinant(try square(args[0], "det")))
        }),
        Function(name: "inv", arity: 1...1, evaluate: { args throws(EvaluationError) in
            let m = try square(args[0], "inv")
            guard let inverse = Matrix.inverse(m) else {
                throw EvaluationError(message: "`inv`: the matrix \(args[0]) is singular (its determinant is 0 to working precision), so it has no inverse")
            }
            return ModelComputations.matrix(inverse)
        }),
        Function(name: "trace", arity: 1...1, evaluate: { args throws(EvaluationError) in
            let m = try square(args[0], "trace")
            return .number((0..<m.shape[0]).reduce(0) { $0 + m.scalars[$1 * m.shape[0] + $1] })
        }),
        Function(name: "norm", arity: 1...2, evaluate: { args throws(EvaluationError) in
            guard let v = args[0].numbers else { throw EvaluationError(message: "`norm` takes a vector or a matrix") }
            let p = args.count > 1 ? try number(args, 1, "norm") : 2
            guard p >= 1, p <= 100 else { throw EvaluationError(message: "`norm(v, p)` takes p from 1 to 100 (2 is the Euclidean norm)") }
            return .number(pow(v.reduce(0) { $0 + pow(abs($1), p) }, 1 / p))
        }),
        Function(name: "matmul", arity: 2...2, evaluate: { args throws(EvaluationError) in
            let (a, b) = (try matrix(args[0], "matmul", asRow: true), try matrix(args[1], "matmul", asRow: false))
            guard a.shape[1] == b.shape[0] else {
                throw EvaluationError(message: "`matmul` of a \(a.shape[0])×\(a.shape[1]) and a \(b.shape[0])×\(b.shape[1]) matrix: the inner sizes differ")
            }
            let product = ModelComputations.matrix(a.matmul(b))
            // A vector on either side gives a vector back, as matvec does.
            if case .vector = args[1], case .matrix(let rows) = product { return .vector(rows.map { $0[0] }) }
            if case .vector = args[0], case .matrix(let rows) = product { return .vector(rows[0]) }
            return product
        }),
        Function(name: "outer", arity: 2...2, evaluate: { args throws(EvaluationError) in
            guard let u = args[0].numbers, let v = args[1].numbers, args.allSatisfy({ $0.text == nil && !$0.isMatrix }) else {
                throw EvaluationError(message: "`outer(u, v)` takes two vectors")
            }
            return .matrix(u.map { a in v.map { a * $0 } })
        }),
        Function(name: "softmax", arity: 1...1, evaluate: { args throws(EvaluationError) in
            switch args[0] {
            case .vector(let v) where !v.isEmpty: return .vector(softmax(v))
            case .matrix(let m): return .matrix(m.map(softmax))
            default: throw EvaluationError(message: "`softmax` takes a vector (or a matrix, row by row)")
            }
        }),
        Function(name: "argmax", arity: 1...1, evaluate: { args throws(EvaluationError) in
            guard case .vector(let v) = args[0], let top = v.max() else {
                throw EvaluationError(message: "`argmax` takes a vector; it gives the index (from 0) of its first largest entry")
            }
            return .number(Double(v.firstIndex(of: top)!))
        }),
    ]

    private static func softmax(_ z: [Double]) -> [Double] {
        let top = z.max() ?? 0
        let e = z.map { exp($0 - top) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }

    /// A square matrix value as a tensor (a number is 1×1).
    private static func square(_ value: Value, _ name: String) throws(EvaluationError) -> Tensor {
        let t: Tensor
        switch value {
        case .number(let x): t = Tensor([[x]])
        case .matrix(let m) where m.count == m.first?.count: t = Tensor(m)
        default: throw EvaluationError(message: "`\(name)` takes a square matrix, got \(value)")
        }
        guard t.shape[0] <= largestSquare else {
            throw EvaluationError(message: "`\(name)` takes matrices up to \(largestSquare)×\(largestSquare), got \(t.shape[0])×\(t.shape[0])")
        }
        return t
    }

    /// A matrix value as a tensor; a vector is one row (`asRow`) or one column.
    private static func matrix(_ value: Value, _ name: String, asRow: Bool) throws(EvaluationError) -> Tensor {
        switch value {
        case .matrix(let m): return Tensor(m)
        case .vector(let v) where !v.isEmpty: return Tensor(shape: asRow ? [1, v.count] : [v.count, 1], scalars: v)
        case .number(let x): return Tensor([[x]])
        default: throw EvaluationError(message: "`\(name)` takes matrices or vectors, got \(value)")
        }
    }
}

extension Value {
    var isMatrix: Bool { if case .matrix = self { true } else { false } }
    var text: String? { if case .text(let t) = self { t } else { nil } }
}
