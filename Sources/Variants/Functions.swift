import Foundation

/// The functions an expression may call.
enum Functions {
    static let names = ["abs", "sqrt", "exp", "log", "ln", "log2", "log10", "floor", "ceil", "round",
                        "min", "max", "sum", "mean", "len", "sigmoid", "tanh", "if", "dot", "eye", "maxabs", "matvec", "transpose"]

    static func call(_ name: String, _ args: [Value]) throws(EvaluationError) -> Value {
        func number(_ i: Int) throws(EvaluationError) -> Double {
            guard i < args.count, let x = args[i].number else {
                throw EvaluationError(message: "`\(name)` needs a number as argument \(i + 1)")
            }
            return x
        }
        func list() throws(EvaluationError) -> [Double] {
            if args.count == 1, let v = args[0].numbers { return v }
            let values = args.compactMap(\.number)
            guard values.count == args.count, !values.isEmpty else {
                throw EvaluationError(message: "`\(name)` needs numbers or one vector")
            }
            return values
        }
        func unary(_ f: @escaping (Double) -> Double) throws(EvaluationError) -> Value {
            guard args.count == 1 else { throw EvaluationError(message: "`\(name)` takes one argument") }
            return try Expression.map(args[0], f)
        }
        switch name {
        case "abs": return try unary(abs)
        case "sqrt": return try unary(sqrt)
        case "exp": return try unary(exp)
        case "log", "ln": return try unary(log)
        case "log2": return try unary(log2)
        case "log10": return try unary(log10)
        case "floor": return try unary(floor)
        case "ceil": return try unary(ceil)
        case "sigmoid": return try unary { 1 / (1 + exp(-$0)) }
        case "tanh": return try unary(tanh)
        case "round":
            let digits = args.count > 1 ? try number(1) : 0
            let scale = pow(10, digits)
            return try Expression.map(args[0]) { ($0 * scale).rounded() / scale }
        case "min": return .number(try list().min()!)
        case "max": return .number(try list().max()!)
        case "sum": return .number(try list().reduce(0, +))
        case "mean": let v = try list(); return .number(v.reduce(0, +) / Double(v.count))
        case "len":
            guard args.count == 1, let v = args[0].numbers else { throw EvaluationError(message: "`len` takes one vector") }
            return .number(Double(v.count))
        case "dot":
            guard args.count == 2, let a = args[0].numbers, let b = args[1].numbers, a.count == b.count else {
                throw EvaluationError(message: "`dot` takes two vectors of the same length")
            }
            return .number(zip(a, b).map(*).reduce(0, +))
        case "eye":
            let n = Int(try number(0))
            guard n > 0, n < 1000 else { throw EvaluationError(message: "`eye(n)` needs a size from 1 to 999") }
            return .matrix((0..<n).map { i in (0..<n).map { $0 == i ? 1 : 0 } })
        case "matvec":
            guard args.count == 2, case .matrix(let m) = args[0], let v = args[1].numbers, m.allSatisfy({ $0.count == v.count }) else {
                throw EvaluationError(message: "`matvec(M, v)` takes a matrix and a vector of its width")
            }
            return .vector(m.map { zip($0, v).map(*).reduce(0, +) })
        case "transpose":
            guard args.count == 1, case .matrix(let m) = args[0], let width = m.first?.count else {
                throw EvaluationError(message: "`transpose` takes one matrix")
            }
            return .matrix((0..<width).map { j in m.map { $0[j] } })
        case "maxabs":
            return .number(try list().map(abs).max()!)
        case "if":
            guard args.count == 3 else { throw EvaluationError(message: "`if` takes a condition and two values") }
            return try Expression.truth(args[0]) ? args[1] : args[2]
        default:
            throw EvaluationError(message: "unknown function `\(name)`" + Expression.hint(name, among: names))
        }
    }
}
