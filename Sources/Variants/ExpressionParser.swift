/// A precedence-climbing parser for `Expression`.
struct ExpressionParser {
    private let chars: [Character]
    private var index = 0

    init(_ source: String) { chars = Array(source) }

    mutating func parseAll() throws(ExpressionError) -> Expression {
        let expression = try parse(precedence: 0)
        skipSpaces()
        if index < chars.count { throw fail("unexpected `\(chars[index])`") }
        return expression
    }

    /// How deeply parentheses, operators and calls may nest: deeper input is refused rather than
    /// exhausting the stack.
    static let maximumDepth = 64
    private var depth = 0

    private mutating func parse(precedence minimum: Int) throws(ExpressionError) -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw fail("the expression nests more than \(Self.maximumDepth) levels deep") }
        var left = try parseUnary()
        while let op = peekOperator(), op.precedence >= minimum {
            consume(op.rawValue)
            let right = try parse(precedence: op == .power ? op.precedence : op.precedence + 1)
            left = .binary(op, left, right)
        }
        return left
    }

    private mutating func parseUnary() throws(ExpressionError) -> Expression {
        skipSpaces()
        if peek("-") { consume("-"); return .unary(.negate, try parse(precedence: 6)) }
        if peek("+") { consume("+"); return try parse(precedence: 6) }
        if peekWord("not") { consume("not"); return .unary(.not, try parse(precedence: 3)) }
        return try parsePostfix(try parsePrimary())
    }

    private mutating func parsePostfix(_ base: Expression) throws(ExpressionError) -> Expression {
        var result = base
        while true {
            skipSpaces()
            guard peek("[") else { return result }
            consume("[")
            let subscriptExpression = try parse(precedence: 0)
            try expect("]")
            result = .index(result, subscriptExpression)
        }
    }

    private mutating func parsePrimary() throws(ExpressionError) -> Expression {
        skipSpaces()
        guard index < chars.count else { throw fail("expression ends too early") }
        let c = chars[index]
        if c == "(" {
            consume("(")
            let inner = try parse(precedence: 0)
            try expect(")")
            return inner
        }
        if c == "\"" || c == "'" {
            index += 1
            let start = index
            while index < chars.count, chars[index] != c { index += 1 }
            guard index < chars.count else { throw fail("text is never closed with \(c)") }
            defer { index += 1 }
            return .text(String(chars[start..<index]))
        }
        if c.isNumber || c == "." {
            let start = index
            while index < chars.count, chars[index].isNumber || chars[index] == "." { index += 1 }
            if index < chars.count, chars[index] == "e" || chars[index] == "E" {
                var lookahead = index + 1
                if lookahead < chars.count, chars[lookahead] == "-" || chars[lookahead] == "+" { lookahead += 1 }
                if lookahead < chars.count, chars[lookahead].isNumber {
                    index = lookahead
                    while index < chars.count, chars[index].isNumber { index += 1 }
                }
            }
            guard let value = Double(String(chars[start..<index])) else {
                index = start
                throw fail("`\(String(chars[start..<index]))` is not a number")
            }
            return .number(value)
        }
        if c.isLetter || c == "_" {
            let start = index
            while index < chars.count, chars[index].isLetter || chars[index].isNumber || chars[index] == "_" { index += 1 }
            let name = String(chars[start..<index])
            skipSpaces()
            guard peek("(") else { return .name(name) }
            consume("(")
            var arguments: [Expression] = []
            skipSpaces()
            if !peek(")") {
                repeat {
                    if peek(",") { consume(",") }
                    arguments.append(try parse(precedence: 0))
                    skipSpaces()
                } while peek(",")
            }
            try expect(")")
            return .call(name, arguments)
        }
        throw fail("unexpected `\(c)`")
    }

    private func peekOperator() -> BinaryOperator? {
        var i = index
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count else { return nil }
        let symbols: [BinaryOperator] = [.equal, .notEqual, .lessOrEqual, .greaterOrEqual, .less, .greater,
                                         .plus, .minus, .times, .divide, .remainder, .power]
        for op in symbols where matches(op.rawValue, at: i) { return op }
        for word in [BinaryOperator.and, .or] where matches(word.rawValue, at: i) {
            let end = i + word.rawValue.count
            if end >= chars.count || !(chars[end].isLetter || chars[end].isNumber || chars[end] == "_") { return word }
        }
        return nil
    }

    private func matches(_ text: String, at position: Int) -> Bool {
        var i = position
        for c in text {
            guard i < chars.count, chars[i] == c else { return false }
            i += 1
        }
        return true
    }

    private mutating func skipSpaces() { while index < chars.count, chars[index].isWhitespace { index += 1 } }

    private mutating func peek(_ text: String) -> Bool { skipSpaces(); return matches(text, at: index) }

    private mutating func peekWord(_ word: String) -> Bool {
        skipSpaces()
        let end = index + word.count
        return matches(word, at: index) && (end >= chars.count || !(chars[end].isLetter || chars[end].isNumber))
    }

    private mutating func consume(_ text: String) { skipSpaces(); index += text.count }

    private mutating func expect(_ text: String) throws(ExpressionError) {
        guard peek(text) else { throw fail("expected `\(text)`") }
        consume(text)
    }

    private func fail(_ message: String) -> ExpressionError {
        ExpressionError(column: index + 1, message: message)
    }
}
