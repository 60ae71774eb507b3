import Bank
import Foundation

/// A name an expression reads that has no value, or an operation that does not apply.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// The key of the spec that the problem is about, when it is known.
    public var location: SourceLocation?

    public init(message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    public var description: String { message }
}

extension Expression {
    /// Two numbers closer than this, relative to their size, are equal for `==`.
    public static let tolerance = 1e-9

    /// The value of the expression, reading names from `scope`. Comparisons give 1 or 0.
    public func evaluate(in scope: [String: Value]) throws(EvaluationError) -> Value {
        switch self {
        case .number(let x):
            return .number(x)
        case .text(let t):
            return .text(t)
        case .name(let name):
            guard let value = scope[name] else {
                throw EvaluationError(message: "unknown name `\(name)`" + Self.hint(name, among: scope.keys))
            }
            return value
        case .unary(let op, let operand):
            let value = try operand.evaluate(in: scope)
            switch op {
            case .not: return .number(try Self.truth(value) ? 0 : 1)
            case .negate: return try Self.map(value) { -$0 }
            }
        case .binary(let op, let a, let b):
            if op == .and || op == .or {
                let left = try Self.truth(a.evaluate(in: scope))
                if left == (op == .or) { return .number(left ? 1 : 0) }
                return .number(try Self.truth(b.evaluate(in: scope)) ? 1 : 0)
            }
            return try Self.apply(op, try a.evaluate(in: scope), try b.evaluate(in: scope))
        case .index(let base, let position):
            let value = try base.evaluate(in: scope)
            guard let i = try position.evaluate(in: scope).number, i == i.rounded() else {
                throw EvaluationError(message: "an index must be a whole number")
            }
            switch value {
            case .vector(let v) where i >= 0 && i < Double(v.count): return .number(v[Int(i)])
            case .matrix(let m) where i >= 0 && i < Double(m.count): return .vector(m[Int(i)])
            default: throw EvaluationError(message: "index \(ValueFormat.default.format(i)) is outside \(value)")
            }
        case .call(let name, let arguments):
            let values = try arguments.map { (e) throws(EvaluationError) in try e.evaluate(in: scope) }
            return try Functions.call(name, values)
        }
    }

    static func truth(_ value: Value) throws(EvaluationError) -> Bool {
        guard let x = value.number else { throw EvaluationError(message: "\(value) is not a number, so not true or false") }
        return x != 0
    }

    static func map(_ value: Value, _ f: (Double) -> Double) throws(EvaluationError) -> Value {
        switch value {
        case .number(let x): return .number(f(x))
        case .vector(let v): return .vector(v.map(f))
        case .matrix(let m): return .matrix(m.map { $0.map(f) })
        case .text(let t): throw EvaluationError(message: "cannot do arithmetic on the word `\(t)`")
        }
    }

    static func approximatelyEqual(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    }

    static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(EvaluationError) -> Value {
        if op == .plus, case .text(let x) = a { return .text(x + ValueFormat.default.format(b)) }
        if op == .plus, case .text(let y) = b { return .text(ValueFormat.default.format(a) + y) }
        if case .text(let x) = a, case .text(let y) = b {
            switch op {
            case .equal: return .number(x == y ? 1 : 0)
            case .notEqual: return .number(x != y ? 1 : 0)
            default: throw EvaluationError(message: "`\(op.rawValue)` does not apply to words")
            }
        }
        if op == .equal || op == .notEqual {
            guard let x = a.numbers, let y = b.numbers, x.count == y.count else {
                throw EvaluationError(message: "cannot compare \(a) with \(b)")
            }
            let equal = zip(x, y).allSatisfy { approximatelyEqual($0, $1) }
            return .number(equal == (op == .equal) ? 1 : 0)
        }
        let f: (Double, Double) -> Double
        switch op {
        case .plus: f = (+)
        case .minus: f = (-)
        case .times: f = (*)
        case .divide: f = (/)
        case .remainder: f = { $0.truncatingRemainder(dividingBy: $1) }
        case .power: f = { pow($0, $1) }
        case .less: f = { $0 < $1 ? 1 : 0 }
        case .lessOrEqual: f = { $0 <= $1 || approximatelyEqual($0, $1) ? 1 : 0 }
        case .greater: f = { $0 > $1 ? 1 : 0 }
        case .greaterOrEqual: f = { $0 >= $1 || approximatelyEqual($0, $1) ? 1 : 0 }
        case .and, .or, .equal, .notEqual: throw EvaluationError(message: "`\(op.rawValue)` does not apply to \(a) and \(b)")
        }
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(f(x, y))
        case (.number(let x), _): return try map(b) { f(x, $0) }
        case (_, .number(let y)): return try map(a) { f($0, y) }
        case (.vector(let x), .vector(let y)) where x.count == y.count: return .vector(zip(x, y).map(f))
        case (.matrix(let x), .matrix(let y)) where x.count == y.count && zip(x, y).allSatisfy({ $0.count == $1.count }):
            return .matrix(zip(x, y).map { zip($0, $1).map(f) })
        default: throw EvaluationError(message: "`\(op.rawValue)` does not apply to \(a) and \(b)")
        }
    }

    /// "; did you mean `x`?" for a misspelt name, in the bank's one way of suggesting.
    static func hint(_ name: String, among names: some Collection<String>) -> String {
        Suggestion.hint(for: name, among: names.sorted())
    }
}
