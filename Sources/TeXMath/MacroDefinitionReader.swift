/// Reads one `\newcommand`-style definition from a token array.
enum MacroDefinitionReader {
    static let definingCommands: Set<String> = [
        "newcommand", "renewcommand", "providecommand", "DeclareMathOperator",
    ]

    /// Reads the definition starting at `tokens[index]` (the defining command) and moves `index` past it.
    static func read(_ tokens: [Token], at index: inout Int) throws(MacroError) -> (String, MacroDefinition) {
        let start = tokens[index]
        let command = start.commandName ?? ""
        index += 1
        var starred = false
        if index < tokens.count, tokens[index].kind == .character("*") {
            starred = true
            index += 1
        }
        skipSpaces(tokens, &index)
        let name = try readName(tokens, &index, after: start)
        if command == "DeclareMathOperator" {
            let text = try readGroup(tokens, &index, what: "operator text for \\\(name)", after: start)
            let location = start.location
            var body = [Token(kind: .command("operatorname"), location: location)]
            if starred { body.append(Token(kind: .character("*"), location: location)) }
            body.append(Token(kind: .beginGroup, location: location))
            body += text
            body.append(Token(kind: .endGroup, location: location))
            return (name, MacroDefinition(parameterCount: 0, defaultArgument: nil, body: body))
        }
        var count = 0
        var defaultArgument: [Token]?
        skipSpaces(tokens, &index)
        if let bracket = Token.bracketed(tokens, &index) {
            let digits = bracket.map(\.texSpelling).joined().trimmingSpaces
            guard let n = Int(digits), (0...9).contains(n) else {
                throw MacroError(at: tokens[index - 1].location, "parameter count of \\\(name) must be 0–9, found [\(digits)]")
            }
            count = n
            skipSpaces(tokens, &index)
            if let optional = Token.bracketed(tokens, &index) {
                guard count > 0 else {
                    throw MacroError(at: start.location, "\\\(name) has a default argument but no parameters")
                }
                defaultArgument = optional
            }
        }
        let body = try readGroup(tokens, &index, what: "body of \\\(name)", after: start)
        for token in body {
            if case .parameter(let n) = token.kind, n > count {
                throw MacroError(at: token.location, "#\(n) in the body of \\\(name), which takes \(count) argument\(count == 1 ? "" : "s")")
            }
        }
        return (name, MacroDefinition(parameterCount: count, defaultArgument: defaultArgument, body: body))
    }

    private static func skipSpaces(_ tokens: [Token], _ index: inout Int) {
        while index < tokens.count, tokens[index].kind == .space { index += 1 }
    }

    private static func readName(_ tokens: [Token], _ index: inout Int, after start: Token) throws(MacroError) -> String {
        guard index < tokens.count else {
            throw MacroError(at: start.location, "missing macro name after \(start.texSpelling)")
        }
        if let name = tokens[index].commandName, !name.isEmpty {
            index += 1
            return name
        }
        if tokens[index].kind == .beginGroup {
            var probe = index + 1
            skipSpaces(tokens, &probe)
            if probe < tokens.count, let name = tokens[probe].commandName, !name.isEmpty {
                probe += 1
                skipSpaces(tokens, &probe)
                if probe < tokens.count, tokens[probe].kind == .endGroup {
                    index = probe + 1
                    return name
                }
            }
        }
        throw MacroError(at: tokens[index].location, "expected a macro name like {\\name} after \(start.texSpelling), found \(tokens[index].texSpelling)")
    }

    /// Reads `{…}` (balanced) and returns the tokens inside.
    static func readGroup(_ tokens: [Token], _ index: inout Int, what: String, after start: Token) throws(MacroError) -> [Token] {
        skipSpaces(tokens, &index)
        guard index < tokens.count, tokens[index].kind == .beginGroup else {
            let location = index < tokens.count ? tokens[index].location : start.location
            throw MacroError(at: location, "expected { to open the \(what)")
        }
        let open = tokens[index]
        var depth = 0
        var inside: [Token] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token.kind == .beginGroup {
                depth += 1
                if depth == 1 { continue }
            } else if token.kind == .endGroup {
                depth -= 1
                if depth == 0 { return inside }
            }
            inside.append(token)
        }
        throw MacroError(at: open.location, "the \(what) opened here is never closed with }")
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
