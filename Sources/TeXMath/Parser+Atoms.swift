/// Atoms, scripts and arguments.
extension Parser {
    mutating func parseAtomWithScripts(into nodes: inout [MathNode]) {
        guard let atom = parseAtom() else { return }
        nodes.append(parseScripts(atom))
    }

    /// Parses one atom; consumes at least one token unless the next token is a script sign.
    /// Returns `nil` for commands that produce nothing (`\label`, `\nonumber`…).
    mutating func parseAtom() -> MathNode? {
        guard let token = stream.peekNonSpace() else { return nil }
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth { return swallowTooDeep(token) }
        switch token.kind {
        case .superscript, .subscript:
            return .row([])
        case .character(let c):
            stream.position += 1
            return parseCharacter(c, token)
        case .beginGroup:
            stream.position += 1
            let body = parseRow([.group])
            expectEndGroup(opened: token)
            return .row(body)
        case .command(let name):
            stream.position += 1
            return parseCommand(name, token)
        case .parameter(let n):
            stream.position += 1
            warn(token.location, "parameter #\(n) outside a macro definition")
            return .error("#\(n)")
        case .endGroup, .alignment:
            stream.position += 1
            warn(token.location, "unexpected \(token.texSpelling)")
            return .error(token.texSpelling)
        case .space:
            stream.position += 1
            return nil
        }
    }

    /// Shows the rest of a too deeply nested formula verbatim.
    mutating func swallowTooDeep(_ token: Token) -> MathNode {
        warn(token.location, "formula nested more than \(Parser.maximumDepth) levels deep; the rest is shown as TeX")
        var rest = ""
        while let next = stream.next() { rest += next.texSpelling }
        return .error(rest)
    }

    mutating func expectEndGroup(opened: Token) {
        if stream.peekNonSpace()?.kind == .endGroup {
            stream.position += 1
        } else {
            warn(opened.location, "missing } to close the { opened here")
        }
    }

    private mutating func parseCharacter(_ c: Character, _ token: Token) -> MathNode {
        if c.isASCIIDigit {
            var digits = String(c)
            while true {
                if isGroupedComma(at: stream.position) {
                    digits.append(",")
                    stream.position += 3
                    continue
                }
                guard let next = stream.peek(), case .character(let d) = next.kind,
                      d.isASCIIDigit || (d == "." && nextIsDigit(after: 1)) else { break }
                digits.append(d)
                stream.position += 1
            }
            if let font, font != .upright, font != .italic {
                return .number(String(digits.map { UnicodeAlphabets.map($0, font) }))
            }
            return .number(digits)
        }
        if c.isTeXLetter {
            guard let font else { return .identifier(String(c), upright: false) }
            if font == .upright || font == .italic {
                // A run of letters in \mathrm or \mathit is one word.
                var word = String(UnicodeAlphabets.map(c, font))
                while let next = stream.peek(), case .character(let d) = next.kind, d.isTeXLetter {
                    word.append(UnicodeAlphabets.map(d, font))
                    stream.position += 1
                }
                return .identifier(word, upright: font == .upright)
            }
            return .identifier(String(UnicodeAlphabets.map(c, font)), upright: false)
        }
        switch c {
        case "'": return Parser.prime(1)
        case "~": return .space("0.3333em")
        case "$":
            warn(token.location, "unexpected $ inside math")
            return .error("$")
        default: break
        }
        if let (text, atomClass) = SymbolTable.character(c) {
            return .symbol(Operator.plain(text, atomClass))
        }
        return .symbol(Operator(text: String(c), atomClass: .ordinary))
    }

    /// `{,}` followed by a digit: TeX's way to write a thousands separator inside one number (`10{,}000`).
    private func isGroupedComma(at index: Int) -> Bool {
        let tokens = stream.tokens
        guard index + 3 < tokens.count, tokens[index].kind == .beginGroup, tokens[index + 1].kind == .character(","),
              tokens[index + 2].kind == .endGroup, case .character(let d) = tokens[index + 3].kind else { return false }
        return d.isASCIIDigit
    }

    private mutating func nextIsDigit(after offset: Int) -> Bool {
        let index = stream.position + offset
        guard index < stream.tokens.count, case .character(let d) = stream.tokens[index].kind else { return false }
        return d.isASCIIDigit
    }

    static func prime(_ count: Int) -> MathNode {
        let text = ["′", "″", "‴", "⁗"][min(count, 4) - 1] + String(repeating: "′", count: max(0, count - 4))
        return .symbol(Operator(text: text, atomClass: .ordinary, spacing: ("0", "0")))
    }

    /// Attaches `^`, `_` and `'` to `base`.
    mutating func parseScripts(_ atom: MathNode) -> MathNode {
        var base = atom
        var sub: MathNode?
        var sup: MathNode?
        var placement: LimitsPlacement?
        var primes = 0
        func attach() -> MathNode {
            if primes > 0 { base = .row([base, Parser.prime(primes)]) }
            if case .limits(let inner, nil, nil, let p) = base {
                if sub == nil, sup == nil { return placement.map { .limits(base: inner, under: nil, over: nil, placement: $0) } ?? base }
                return .limits(base: inner, under: sub, over: sup, placement: placement ?? p)
            }
            if let placement, sub != nil || sup != nil {
                return .limits(base: base, under: sub, over: sup, placement: placement)
            }
            if sub == nil, sup == nil { return base }
            return .scripts(base: base, sub: sub, sup: sup)
        }
        while let token = stream.peekNonSpace() {
            switch token.kind {
            case .superscript:
                // A second ^ starts a new (empty-based) atom: flat output, no deep nesting.
                if sup != nil {
                    warn(token.location, "double superscript")
                    return attach()
                }
                stream.position += 1
                let argument = parseScriptArgument(token)
                if sub == nil, let count = Parser.primeCount(argument) {
                    primes += count
                } else {
                    sup = argument
                }
            case .subscript:
                if sub != nil {
                    warn(token.location, "double subscript")
                    return attach()
                }
                stream.position += 1
                sub = parseScriptArgument(token)
            case .character("'"):
                stream.position += 1
                if sub == nil, sup == nil { primes += 1 } else { sup = .row([sup ?? .row([]), Parser.prime(1)]) }
            case .command("limits"): stream.position += 1; placement = .always
            case .command("nolimits"): stream.position += 1; placement = .never
            case .command("displaylimits"): stream.position += 1; placement = .displayOnly
            default:
                return attach()
            }
        }
        return attach()
    }

    /// How many primes a superscript such as `\prime` or `{\prime\prime}` stands for.
    static func primeCount(_ node: MathNode) -> Int? {
        switch node {
        case .identifier("′", _): return 1
        case .row(let nodes) where !nodes.isEmpty:
            var total = 0
            for node in nodes {
                guard let count = primeCount(node) else { return nil }
                total += count
            }
            return total
        default: return nil
        }
    }

    /// The argument of `^` or `_`: a group or a single token (never a script sign).
    mutating func parseScriptArgument(_ sign: Token) -> MathNode {
        guard let next = stream.peekNonSpace(), !isArgumentTerminator(next) else {
            warn(sign.location, "missing argument after \(sign.texSpelling)")
            return .row([])
        }
        if next.kind == .superscript || next.kind == .subscript {
            warn(next.location, "\(sign.texSpelling) followed by \(next.texSpelling): missing argument")
            return .row([])
        }
        return parseArgumentAtom()
    }

    /// The argument of a command: a group, or one token.
    mutating func parseArgument(for command: Token) -> MathNode {
        guard let next = stream.peekNonSpace(), !isArgumentTerminator(next) else {
            warn(command.location, "missing argument for \(command.texSpelling)")
            return .row([])
        }
        if next.kind == .superscript || next.kind == .subscript {
            warn(next.location, "missing argument for \(command.texSpelling)")
            return .row([])
        }
        return parseArgumentAtom()
    }

    private mutating func parseArgumentAtom() -> MathNode {
        guard let token = stream.peekNonSpace() else { return .row([]) }
        if token.kind == .beginGroup {
            stream.position += 1
            let body = parseRow([.group])
            expectEndGroup(opened: token)
            return .row(body)
        }
        // A single-letter argument such as \mathrm d takes one letter, not a run.
        if case .character(let c) = token.kind, c.isTeXLetter || c.isTeXNumber {
            stream.position += 1
            if c.isTeXNumber { return parseCharacterSingle(c) }
            guard let font else { return .identifier(String(c), upright: false) }
            return .identifier(String(UnicodeAlphabets.map(c, font)), upright: font == .upright)
        }
        return parseAtom() ?? .row([])
    }

    private func parseCharacterSingle(_ c: Character) -> MathNode {
        if let font, font != .upright, font != .italic { return .number(String(UnicodeAlphabets.map(c, font))) }
        return .number(String(c))
    }

    func isArgumentTerminator(_ token: Token) -> Bool {
        switch token.kind {
        case .endGroup, .alignment: return true
        case .command(let name): return name.isEmpty || Parser.rowEnders.contains(name)
        default: return false
        }
    }

    /// Reads `{…}` without parsing it (colour names, environment names, dimensions).
    mutating func readRawGroup(for command: Token) -> [Token]? {
        guard let open = stream.peekNonSpace() else {
            warn(command.location, "missing argument for \(command.texSpelling)")
            return nil
        }
        guard open.kind == .beginGroup else {
            if isArgumentTerminator(open) {
                warn(command.location, "missing argument for \(command.texSpelling)")
                return nil
            }
            stream.position += 1
            return [open]
        }
        stream.position += 1
        var depth = 0
        var inside: [Token] = []
        while let token = stream.next() {
            if token.kind == .beginGroup { depth += 1 }
            if token.kind == .endGroup {
                if depth == 0 { return inside }
                depth -= 1
            }
            inside.append(token)
        }
        warn(open.location, "missing } to close the { opened here")
        return inside
    }

    /// Reads `[…]` when present, parsed as math.
    mutating func parseOptionalArgument() -> MathNode? {
        guard let open = stream.peekNonSpace(), open.kind == .character("[") else { return nil }
        stream.position += 1
        let body = parseRow([.bracket])
        if stream.peekNonSpace()?.kind == .character("]") {
            stream.position += 1
        } else {
            warn(open.location, "missing ] to close the [ opened here")
        }
        return .row(body)
    }
}

extension Operator {
    /// A plain character or symbol command with TeX's class.
    static func plain(_ text: String, _ atomClass: AtomClass) -> Operator {
        var op = Operator(text: text, atomClass: atomClass)
        if Operator.verticalFences.contains(text) { op.stretchy = false }
        if atomClass == .ordinary, text == "|" || text == "‖" || text == "/" || text == "." || text == "∖" {
            op.spacing = ("0", "0")
        }
        if text == "∣" { op.stretchy = false; op.spacing = ("0.2778em", "0.2778em") }
        return op
    }

    static let verticalFences: Set<String> = [
        "(", ")", "[", "]", "{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉", "/", "∖",
        "⟮", "⟯", "⟦", "⟧", "↑", "↓", "↕", "⇑", "⇓", "⇕",
    ]
}
