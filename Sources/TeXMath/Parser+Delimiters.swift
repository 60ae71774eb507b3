/// A delimiter after `\left`, `\right`, `\middle` or `\big`: empty text for `.`.
struct Delimiter {
    var text: String
    var spelling: String
}

/// `\left … \middle … \right` and `\big(` and friends.
extension Parser {
    static let bigSizes: [String: String] = [
        "big": "1.2em", "Big": "1.623em", "bigg": "2.047em", "Bigg": "2.470em",
    ]

    /// Reads a delimiter token; warns (and consumes nothing) when the next token is not one.
    mutating func parseDelimiter(after command: Token) -> Delimiter? {
        guard let token = stream.peekNonSpace() else {
            warn(command.location, "missing delimiter after \(command.texSpelling)")
            return nil
        }
        var text: String?
        switch token.kind {
        case .character(let c):
            switch c {
            case ".": text = ""
            case "<": text = "⟨"
            case ">": text = "⟩"
            case "(", ")", "[", "]", "|", "/": text = String(c)
            default: text = nil
            }
        case .command(let name):
            switch SymbolTable.entry(name) {
            case .symbol(let s, let atomClass)?
                where atomClass == .opening || atomClass == .closing || Operator.verticalFences.contains(s)
                    || name == "vert" || name == "Vert" || name == "|" || name == "backslash" || name == "mid":
                text = s == "∣" ? "|" : s
            default: text = nil
            }
        default: text = nil
        }
        guard let text else {
            warn(token.location, "\(token.texSpelling) is not a delimiter (after \(command.texSpelling))")
            return nil
        }
        stream.position += 1
        return Delimiter(text: text, spelling: token.texSpelling)
    }

    /// `\left<delim> … \right<delim>`, having read `\left`.
    mutating func parseLeftRight(_ left: Token) -> MathNode {
        let open = parseDelimiter(after: left)
        let body = parseRow([.right])
        var close: Delimiter?
        if let right = stream.peekNonSpace(), right.commandName == "right" {
            stream.position += 1
            close = parseDelimiter(after: right)
        } else {
            warn(left.location, "\\left without a matching \\right")
        }
        func fence(_ d: Delimiter?) -> Operator? {
            guard let d, !d.text.isEmpty else { return nil }
            return .fence(d.text)
        }
        return .fenced(open: fence(open), body: body, close: fence(close))
    }

    /// `\big(`, `\Bigl[`, `\biggm|`…
    mutating func parseBig(_ name: String, _ token: Token) -> MathNode? {
        var size = name
        var atomClass = AtomClass.ordinary
        if let last = name.last, "lrm".contains(last) {
            size = String(name.dropLast())
            atomClass = last == "l" ? .opening : last == "r" ? .closing : .relation
        }
        guard let em = Parser.bigSizes[size] else { return nil }
        guard let delimiter = parseDelimiter(after: token) else { return .error(token.texSpelling) }
        if delimiter.text.isEmpty { return .space("0.12em") }
        var op = Operator(text: delimiter.text, atomClass: atomClass, stretchy: true, size: em)
        if atomClass == .ordinary || atomClass == .opening || atomClass == .closing { op.spacing = ("0", "0") }
        return .symbol(op)
    }
}
