/// An arithmetic expression over parameters, as written in `derived:`, `constraints:`, `checks:`
/// and placeholders: numbers, names, `+ - * / ^`, comparisons, `and or not`, `x[i]`, `f(a, b)`.
public indirect enum Expression: Sendable, Hashable {
    case number(Double)
    case name(String)
    case text(String)
    case unary(String, Expression)
    case binary(String, Expression, Expression)
    case call(String, [Expression])
    case index(Expression, Expression)

    /// Parses an expression; the error names the column of the problem.
    public static func parse(_ source: String) throws(ExpressionError) -> Expression {
        var parser = ExpressionParser(source)
        return try parser.parseAll()
    }

    /// The names the expression reads.
    public var names: Set<String> {
        switch self {
        case .number, .text: []
        case .name(let n): [n]
        case .unary(_, let e): e.names
        case .binary(_, let a, let b), .index(let a, let b): a.names.union(b.names)
        case .call(_, let args): args.reduce(into: Set()) { $0.formUnion($1.names) }
        }
    }
}

/// A problem in an expression, with its 1-based column.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var column: Int
    public var message: String
    public var description: String { "column \(column): \(message)" }
}
