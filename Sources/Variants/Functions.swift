import DeepLearning
import Foundation

/// One function an expression may call: its name, how many arguments it takes, its value and,
/// where the engine can differentiate it, its derivative as an operation on the graph.
struct Function: Sendable {
    var name: String
    var arity: ClosedRange<Int>
    var evaluate: @Sendable ([Value]) throws(EvaluationError) -> Value
    /// The function on the engine's graph, for `derivative` and `optimize`; nil when it has no derivative.
    var differentiable: (@Sendable (Variable) -> Variable)?

    /// "one argument", "2 or 3 arguments", for messages.
    var arityText: String {
        let count = arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)"
            : arity.upperBound == Int.max ? "\(arity.lowerBound) or more" : "\(arity.lowerBound) to \(arity.upperBound)"
        return count + (arity == 1...1 ? " argument" : " arguments")
    }
}

/// The functions an expression may call: one table, read when an expression is checked at load,
/// when it is evaluated, and when the engine differentiates it.
enum Functions {
    static let table: [String: Function] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    static var names: [String] { all.map(\.name) }

    static func call(_ name: String, _ args: [Value]) throws(EvaluationError) -> Value {
        guard let function = table[name] else {
            throw EvaluationError(message: "unknown function `\(name)`" + Expression.hint(name, among: names))
        }
        guard function.arity.contains(args.count) else {
            throw EvaluationError(message: "`\(name)` takes \(function.arityText), got \(args.count)")
        }
        return try function.evaluate(args)
    }

    private static let all: [Function] = elementary + linearAlgebra

    private static let elementary: [Function] = [
        elementwise("abs", abs), elementwise("sqrt", sqrt, { $0.sqrt() }), elementwise("exp", exp, { $0.exp() }),
        elementwise("log", log, { $0.log() }), elementwise("ln", log, { $0.log() }),
        elementwise("log2", log2), elementwise("log10", log10), elementwise("floor", floor), elementwise("ceil", ceil),
        elementwise("sigmoid", { 1 / (1 + exp(-$0)) }, { Activation.logistic($0) }),
        elementwise("tanh", tanh, { Activation.tanh($0) }),
        Function(name: "round", arity: 1...2, evaluate: { args throws(EvaluationError) in
            let digits = args.count > 1 ? try number(args, 1, "round") : 0
            guard abs(digits) <= 15 else { throw EvaluationError(message: "`round(x, digits)` takes from -15 to 15 digits") }
            let scale = pow(10, digits)
            return try Expression.map(args[0]) { ($0 * scale).rounded() / scale }
        }),
        reduction("min") { $0.min()! }, reduction("max") { $0.max()! },
        reduction("sum") { $0.reduce(0, +) }, reduction("mean") { $0.reduce(0, +) / Double($0.count) },
        reduction("maxabs") { $0.map(abs).max()! },
        Function(name: "len", arity: 1...1, evaluate: { args throws(EvaluationError) in
            guard let v = args[0].numbers else { throw EvaluationError(message: "`len` takes one vector") }
            return .number(Double(v.count))
        }),
        Function(name: "if", arity: 3...3, evaluate: { args throws(EvaluationError) in
            try Expression.truth(args[0]) ? args[1] : args[2]
        }),
        Function(name: "dot", arity: 2...2, evaluate: { args throws(EvaluationError) in
            guard let a = args[0].numbers, let b = args[1].numbers, a.count == b.count else {
                throw EvaluationError(message: "`dot` takes two vectors of the same length")
            }
            return .number(zip(a, b).map(*).reduce(0, +))
        }),
        Function(name: "eye", arity: 1...1, evaluate: { args throws(EvaluationError) in
            let size = try number(args, 0, "eye")
            guard size >= 1, size <= 999, size == size.rounded() else {
                throw EvaluationError(message: "`eye(n)` needs a whole size from 1 to 999")
            }
            let n = Int(size)
            return .matrix((0..<n).map { i in (0..<n).map { $0 == i ? 1 : 0 } })
        }),
        Function(name: "matvec", arity: 2...2, evaluate: { args throws(EvaluationError) in
            guard case .matrix(let m) = args[0], let v = args[1].numbers, m.allSatisfy({ $0.count == v.count }) else {
                throw EvaluationError(message: "`matvec(M, v)` takes a matrix and a vector of its width")
            }
            return .vector(m.map { zip($0, v).map(*).reduce(0, +) })
        }),
        Function(name: "transpose", arity: 1...1, evaluate: { args throws(EvaluationError) in
            guard case .matrix(let m) = args[0], let width = m.first?.count, m.allSatisfy({ $0.count == width }) else {
                throw EvaluationError(message: "`transpose` takes one matrix")
            }
            return .matrix((0..<width).map { j in m.map { $0[j] } })
        }),
    ]

    /// A function of one argument, applied to every entry of a vector or matrix.
    private static func elementwise(_ name: String, _ f: @escaping @Sendable (Double) -> Double,
                                    _ graph: (@Sendable (Variable) -> Variable)? = nil) -> Function {
        Function(name: name, arity: 1...1, evaluate: { args throws(EvaluationError) in try Expression.map(args[0], f) },
                 differentiable: graph)
    }

    /// `min(v)` of a vector's entries, or `min(a, b, c)` of several numbers.
    private static func reduction(_ name: String, _ f: @escaping @Sendable ([Double]) -> Double) -> Function {
        Function(name: name, arity: 1...Int.max, evaluate: { args throws(EvaluationError) in
            let values: [Double]
            if args.count == 1, let v = args[0].numbers {
                values = v
            } else {
                values = args.compactMap(\.number)
                guard values.count == args.count else { throw EvaluationError(message: "`\(name)` needs numbers or one vector") }
            }
            guard !values.isEmpty else { throw EvaluationError(message: "`\(name)` of an empty vector") }
            return .number(f(values))
        })
    }

    static func number(_ args: [Value], _ i: Int, _ name: String) throws(EvaluationError) -> Double {
        guard i < args.count, let x = args[i].number else {
            throw EvaluationError(message: "`\(name)` needs a number as argument \(i + 1)")
        }
        return x
    }
}
