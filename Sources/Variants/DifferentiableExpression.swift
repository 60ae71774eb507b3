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
        case .index(.name(let name), let position) where name == variable:
            guard let i = try position.evaluate(in: scope).number, i == i.rounded(), i >= 0, i < Double(x.value.count), x.shape.count == 1 else {
                throw EvaluationError(message: "`\(variable)[…]` needs a whole index from 0 to \(x.value.count - 1) of the vector `\(variable)`")
            }
            return x.slice(axis: 0, Int(i)..<(Int(i) + 1)).reshaped([])
        case .call("sum", let args) where args.count == 1:
            return try build(args[0], x).sum()
        case .name, .index, .text:
            switch try e.evaluate(in: scope) {
            case .number(let value): return constant(value)
            case .vector(let v) where x.shape == [v.count]: return Variable(Tensor(v))
            case .vector(let v):
                throw EvaluationError(message: "`\(e)` has \(v.count) entries, but `\(variable)` is \(x.shape.isEmpty ? "a number" : "a vector of \(x.value.count)"): they cannot be combined")
            default: throw EvaluationError(message: "`\(e)` must be a number or a vector in a function of `\(variable)`")
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
