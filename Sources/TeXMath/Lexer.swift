/// Splits TeX source into tokens, tracking line and column of each.
struct Lexer {
    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ source: String) {
        characters = Array(source)
    }

    /// Tokenizes the whole source. Comments (`%` to end of line) are dropped.
    static func tokenize(_ source: String) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        tokens.reserveCapacity(source.utf8.count)
        while let token = lexer.next() { tokens.append(token) }
        return tokens
    }

    private var current: Character? { index < characters.count ? characters[index] : nil }

    private mutating func advance() {
        if characters[index] == "\n" || characters[index] == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    mutating func next() -> Token? {
        guard let c = current else { return nil }
        let location = SourceLocation(line: line, column: column)
        if c.isWhitespace {
            while let w = current, w.isWhitespace { advance() }
            return Token(kind: .space, location: location)
        }
        advance()
        switch c {
        case "\\": return Token(kind: .command(readCommandName()), location: location)
        case "{": return Token(kind: .beginGroup, location: location)
        case "}": return Token(kind: .endGroup, location: location)
        case "^": return Token(kind: .superscript, location: location)
        case "_": return Token(kind: .subscript, location: location)
        case "&": return Token(kind: .alignment, location: location)
        case "%":
            while let w = current, w != "\n", w != "\r\n" { advance() }
            return next()
        case "#":
            if let d = current, let n = d.wholeNumberValue, (1...9).contains(n), d.isASCII {
                advance()
                return Token(kind: .parameter(n), location: location)
            }
            if current == "#" { advance() }
            return Token(kind: .character("#"), location: location)
        default:
            return Token(kind: .character(c), location: location)
        }
    }

    /// Reads the name after a backslash: a run of ASCII letters, or one other character.
    private mutating func readCommandName() -> String {
        guard let first = current else { return "" }
        if first.isASCII, first.isLetter {
            var name = ""
            while let c = current, c.isASCII, c.isLetter {
                name.append(c)
                advance()
            }
            // TeX skips blanks after a control word.
            while let w = current, w.isWhitespace { advance() }
            return name
        }
        advance()
        if first.isWhitespace { return " " }
        return String(first)
    }
}
