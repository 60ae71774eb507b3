import DeepLearning

/// An expression built on the engine's graph, so that the engine differentiates it: `(x - 3)^2`,
/// `a * log(D) + b * log(1 - D)`. Names other than the variable are read from the scope.
struct DifferentiableExpression {
    var expression: Expression
    var variable: String
    var scope: [String: Value]

    func callAsFunction(_ x: Variable) throws(EvaluationError) -> Variable {
        try build(expression, x)
    }

    private func constant(_ value: Double) -> Variable { Variable(Tensor(value)) }

    private func build(_ e: Expression, _ x: Variable) throws(EvaluationError) -> Variable {
        switch e {
        case .number(let n): return constant(n)
        case .name(let name) where name == variable: return x
        case .index(let base, let position) where base.names.contains(variable):
            // `x[i]` of a vector is a number, of a matrix its row i; `x[i][j]` an entry.
            let indexed = try build(base, x)
            let extent = indexed.shape.first ?? 0
            guard indexed.shape.count >= 1, let i = try position.evaluate(in: scope).number, i == i.rounded(), i >= 0, i < Double(extent) else {
                throw EvaluationError(message: "`\(base)[…]` needs a whole index from 0 to \(extent - 1) of a vector or matrix")
            }
            return indexed.slice(axis: 0, Int(i)..<(Int(i) + 1)).reshaped(Array(indexed.shape.dropFirst()))
        case .call("sum", let args) where args.count == 1:
            return try build(args[0], x).sum()
        case .name, .index, .text:
            switch try e.evaluate(in: scope) {
            case .number(let value): return constant(value)
            case .vector(let v) where x.shape == [v.count]: return Variable(Tensor(v))
            case .matrix(let m) where x.shape == [m.count, m.first?.count ?? 0]: return Variable(Tensor(m))
            case .vector(let v):
                throw EvaluationError(message: "`\(e)` has \(v.count) entries, but `\(variable)` is \(x.shape.isEmpty ? "a number" : "a vector of \(x.value.count)"): they cannot be combined")
            case .matrix(let m):
                throw EvaluationError(message: "`\(e)` is \(m.count)×\(m.first?.count ?? 0), but `\(variable)` is \(x.shape.map(String.init).joined(separator: "×")): only a matrix of x's shape combines with it")
            default: throw EvaluationError(message: "`\(e)` must be a number, a vector or a matrix in a function of `\(variable)`")
            }
        case .unary(.negate, let a): return -(try build(a, x))
        case .binary(let op, let a, let b):
            let left = try build(a, x)
            if op == .power, case .number(let p) = b { return left.pow(p) }
            let right = try build(b, x)
            switch op {
            case .plus: return left + right
            case .minus: return left - right
            case .times: return left * right
            case .divide: return left / right
            case .power: return (right * left.log()).exp()
            default: throw EvaluationError(message: "`\(op.rawValue)` cannot be differentiated")
            }
        case .call(let name, let args) where args.count == 1:
            guard let graph = Functions.table[name]?.differentiable else {
                let differentiable = Functions.names.filter { Functions.table[$0]?.differentiable != nil }
                throw EvaluationError(message: "`\(name)` cannot be differentiated; use \(differentiable.joined(separator: ", "))")
            }
            return graph(try build(args[0], x))
        default:
            throw EvaluationError(message: "this expression cannot be differentiated")
        }
    }
}
