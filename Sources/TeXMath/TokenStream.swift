/// The parser's input: tokens with user macros expanded on demand.
struct TokenStream {
    private(set) var tokens: [Token]
    var position = 0
    var macros: MacroTable
    private(set) var warnings: [MathWarning] = []
    private var expansions = 0
    private var expansionStopped = false
    /// A position whose token is known not to be a macro call: the parser peeks at the same
    /// token many times, and looking its name up each time cost more than the rest of peeking.
    private var checked = -1

    /// Bounds that stop runaway (recursive) macros.
    static let expansionLimit = 10_000
    static let tokenLimit = 200_000

    init(tokens: [Token], macros: MacroTable) {
        self.tokens = tokens
        self.macros = macros
    }

    var endLocation: SourceLocation {
        tokens.last.map { SourceLocation(line: $0.location.line, column: $0.location.column + 1) }
            ?? SourceLocation(line: 1, column: 1)
    }

    /// The next token after macro expansion, without consuming it.
    mutating func peek() -> Token? {
        while position < tokens.count {
            let token = tokens[position]
            guard position != checked, !macros.definitions.isEmpty, let name = token.commandName,
                  let definition = macros.definitions[name], !expansionStopped else {
                checked = position
                return token
            }
            expand(definition, named: name, at: token)
        }
        return nil
    }

    mutating func next() -> Token? {
        let token = peek()
        if token != nil { position += 1 }
        return token
    }

    /// The next token that is not a blank, consuming the blanks.
    mutating func peekNonSpace() -> Token? {
        while let token = peek(), token.kind == .space { position += 1 }
        return peek()
    }

    mutating func warn(_ location: SourceLocation, _ message: String) {
        warnings.append(MathWarning(at: location, message))
    }

    /// Reads a `\newcommand` written inside the formula; it applies to the rest of the formula.
    mutating func defineMacro() {
        var index = position
        do {
            let (name, definition) = try MacroDefinitionReader.read(tokens, at: &index)
            macros.definitions[name] = definition
            checked = -1
            position = index
        } catch {
            warn(SourceLocation(line: error.line, column: error.column), error.message)
            position += 1
        }
    }

    private mutating func expand(_ definition: MacroDefinition, named name: String, at call: Token) {
        expansions += 1
        if expansions > Self.expansionLimit || tokens.count > Self.tokenLimit {
            expansionStopped = true
            warn(call.location, "macro expansion limit reached at \\\(name) (is it recursive?)")
            return
        }
        var index = position + 1
        var arguments: [[Token]] = []
        for parameter in 0..<definition.parameterCount {
            if parameter == 0, let fallback = definition.defaultArgument {
                arguments.append(optionalArgument(&index) ?? fallback)
            } else if let argument = argument(&index) {
                arguments.append(argument)
            } else {
                warn(call.location, "missing argument \(parameter + 1) for \\\(name)")
                arguments.append([])
            }
        }
        var replacement: [Token] = []
        replacement.reserveCapacity(definition.body.count)
        for token in definition.body {
            if case .parameter(let n) = token.kind {
                for argumentToken in arguments[n - 1] {
                    replacement.append(Token(kind: argumentToken.kind, location: call.location))
                }
            } else {
                replacement.append(Token(kind: token.kind, location: call.location))
            }
        }
        tokens.replaceSubrange(position..<index, with: replacement)
        checked = -1
    }

    private func skipSpaces(_ index: inout Int) {
        while index < tokens.count, tokens[index].kind == .space { index += 1 }
    }

    private func argument(_ index: inout Int) -> [Token]? {
        skipSpaces(&index)
        guard index < tokens.count else { return nil }
        let first = tokens[index]
        switch first.kind {
        case .endGroup: return nil
        case .beginGroup:
            var depth = 0
            var probe = index
            var inside: [Token] = []
            while probe < tokens.count {
                let token = tokens[probe]
                probe += 1
                if token.kind == .beginGroup { depth += 1; if depth == 1 { continue } }
                if token.kind == .endGroup { depth -= 1; if depth == 0 { index = probe; return inside } }
                inside.append(token)
            }
            return nil
        default:
            index += 1
            return [first]
        }
    }

    private func optionalArgument(_ index: inout Int) -> [Token]? {
        var probe = index
        skipSpaces(&probe)
        guard let inside = Token.bracketed(tokens, &probe) else { return nil }
        index = probe
        return inside
    }
}
