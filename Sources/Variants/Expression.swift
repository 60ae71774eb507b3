/// An arithmetic expression over parameters, as written in `derived:`, `constraints:`, `checks:`
/// and placeholders: numbers, names, `+ - * / ^`, comparisons, `and or not`, `x[i]`, `f(a, b)`.
public indirect enum Expression: Sendable, Hashable {
    case number(Double)
    case name(String)
    case text(String)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case call(String, [Expression])
    case index(Expression, Expression)

    /// Parses an expression; the error names the column of the problem.
    public static func parse(_ source: String) throws(ExpressionError) -> Expression {
        var parser = ExpressionParser(source)
        return try parser.parseAll()
    }

    /// The names the expression reads (not the functions it calls).
    public var names: Set<String> {
        switch self {
        case .number, .text: []
        case .name(let n): [n]
        case .unary(_, let e): e.names
        case .binary(_, let a, let b), .index(let a, let b): a.names.union(b.names)
        case .call(_, let args): args.reduce(into: Set()) { $0.formUnion($1.names) }
        }
    }

    /// Every call in the expression with its number of arguments.
    var calls: [(name: String, arguments: Int)] {
        switch self {
        case .number, .text, .name: []
        case .unary(_, let e): e.calls
        case .binary(_, let a, let b), .index(let a, let b): a.calls + b.calls
        case .call(let name, let args): [(name, args.count)] + args.flatMap(\.calls)
        }
    }

    /// What is wrong with the expression before any value is known: names that are neither in
    /// `known` nor a function, functions that do not exist or take another number of arguments.
    func problems(known: Set<String>) -> [String] {
        var found: [String] = []
        for name in names.sorted() where !known.contains(name) {
            found.append("unknown name `\(name)`" + Expression.hint(name, among: known))
        }
        for call in calls {
            guard let function = Functions.table[call.name] else {
                found.append("unknown function `\(call.name)`" + Expression.hint(call.name, among: Functions.names))
                continue
            }
            if !function.arity.contains(call.arguments) {
                found.append("`\(call.name)` takes \(function.arityText), got \(call.arguments)")
            }
        }
        return found
    }
}

/// `-x` and `not x`.
public enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-", not
}

/// The binary operators, from the loosest binding to the tightest.
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case plus = "+", minus = "-", times = "*", divide = "/", remainder = "%", power = "^"

    /// How tightly it binds; `^` is right-associative.
    var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 3
        case .plus, .minus: 4
        case .times, .divide, .remainder: 5
        case .power: 7
        }
    }
}

/// A problem in an expression, with its 1-based column.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var column: Int
    public var message: String
    public var description: String { "column \(column): \(message)" }
}
