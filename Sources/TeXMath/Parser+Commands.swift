/// Control sequences: symbols, fractions, roots, fonts, spacing, stacking.
extension Parser {
    static let mathFonts: [String: MathFont] = [
        "mathbf": .bold, "mathbb": .doubleStruck, "mathcal": .script, "mathscr": .script,
        "mathfrak": .fraktur, "mathsf": .sansSerif, "mathrm": .upright, "mathit": .italic,
        "mathtt": .monospace, "boldsymbol": .boldItalic, "bm": .boldItalic, "mathbfit": .boldItalic,
        "mathsfit": .sansSerifItalic, "mathbfsf": .sansSerifBold, "mathup": .upright, "mathbfcal": .boldScript,
        "mathbffrak": .boldFraktur, "pmb": .boldItalic,
    ]
    static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em", "medspace": "0.2222em",
        ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em", "negthinspace": "-0.1667em",
        "negmedspace": "-0.2222em", "negthickspace": "-0.2778em", "quad": "1em", "qquad": "2em",
        " ": "0.3333em", "enspace": "0.5em", "enskip": "0.5em", "space": "0.3333em",
    ]
    static let ignored: Set<String> = [
        "nonumber", "notag", "limits", "nolimits", "displaylimits", "hline", "hdashline", "allowbreak",
        "nobreak", "relax", "protect", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle",
        "left.",
    ]

    mutating func parseCommand(_ name: String, _ token: Token) -> MathNode? {
        if name.isEmpty {
            warn(token.location, "lone \\ at the end of the formula")
            return .error("\\")
        }
        if let entry = SymbolTable.entry(name) { return symbol(entry) }
        if let mathFont = Parser.mathFonts[name] {
            let saved = font
            font = mathFont
            defer { font = saved }
            return parseArgument(for: token)
        }
        if let width = Parser.spaces[name] { return .space(width) }
        if let accent = Accents.table[name] { return parseAccent(accent, token) }
        if let style = TextCommands.styles[name] { return parseText(style: style, token) }
        if let big = parseBig(name, token) { return big }
        if let logo = Parser.logo(name) { return logo }
        if Parser.ignored.contains(name) { return nil }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = parseArgument(for: token)
            let denominator = parseArgument(for: token)
            let style: Bool? = name == "frac" ? nil : name != "tfrac"
            return .fraction(numerator, denominator, thickness: nil, style: style)
        case "binom", "dbinom", "tbinom":
            let top = parseArgument(for: token)
            let bottom = parseArgument(for: token)
            let style: Bool? = name == "binom" ? nil : name == "dbinom"
            let fraction = MathNode.fraction(top, bottom, thickness: "0", style: style)
            return .fenced(open: .fence("("), body: [fraction], close: .fence(")"))
        case "sqrt":
            let index = parseOptionalArgument()
            return .root(parseArgument(for: token), index: index)
        case "left": return parseLeftRight(token)
        case "begin": return parseEnvironment(token)
        case "operatorname", "operatornamewithlimits":
            var limits = name == "operatornamewithlimits"
            if stream.peek()?.kind == .character("*") { stream.position += 1; limits = true }
            let node = operatorName(parseUprightArgument(for: token))
            return limits ? .limits(base: node, under: nil, over: nil, placement: .displayOnly) : node
        case "mathop":
            return .limits(base: parseArgument(for: token), under: nil, over: nil, placement: .displayOnly)
        case "mathrel", "mathbin", "mathord", "mathopen", "mathclose", "mathpunct", "mathinner",
             "ensuremath", "smash", "mathclap", "mathllap", "mathrlap", "clap", "llap", "rlap", "hbox", "mbox":
            return parseArgument(for: token)
        case "stackrel", "overset":
            let over = parseArgument(for: token)
            return .limits(base: parseArgument(for: token), under: nil, over: over, placement: .always)
        case "underset":
            let under = parseArgument(for: token)
            return .limits(base: parseArgument(for: token), under: under, over: nil, placement: .always)
        case "xrightarrow", "xleftarrow", "xRightarrow", "xLeftarrow", "xleftrightarrow",
             "xLeftrightarrow", "xmapsto", "xhookrightarrow", "xhookleftarrow", "xlongequal":
            return parseExtensibleArrow(name, token)
        case "not": return parseNegation(token)
        case "phantom", "hphantom", "vphantom":
            return .phantom(parseArgument(for: token), width: name != "vphantom", height: name != "hphantom")
        case "mathstrut", "strut":
            return .phantom(.symbol(Operator(text: "(", atomClass: .ordinary, stretchy: false)), width: false, height: true)
        case "boxed", "fbox":
            let body = name == "fbox" ? parseText(style: nil, token) : parseArgument(for: token)
            return .styled(css: "border:0.06em solid;padding:0.2em", body)
        case "textcolor":
            _ = readRawGroup(for: token)
            return parseArgument(for: token)
        case "colorbox":
            _ = readRawGroup(for: token)
            return parseText(style: nil, token)
        case "hspace", "hskip", "kern", "mkern", "mskip", "mspace":
            if stream.peek()?.kind == .character("*") { stream.position += 1 }
            return parseSpace(name, token)
        case "tag":
            if stream.peek()?.kind == .character("*") { stream.position += 1 }
            tag = plainText(readRawGroup(for: token) ?? [])
            return nil
        case "label":
            _ = readRawGroup(for: token)
            return nil
        case "bmod", "mod":
            return .symbol(Operator(text: "mod", atomClass: .binary))
        case "pmod", "pod":
            let argument = parseArgument(for: token)
            var body: [MathNode] = [.space("1em"), .symbol(.plain("(", .opening))]
            if name == "pmod" { body += [.operatorName("mod"), .space("0.3333em")] }
            body += [argument, .symbol(.plain(")", .closing))]
            return .row(body)
        case "substack":
            return parseSubstack(token)
        case "newcommand", "renewcommand", "providecommand", "DeclareMathOperator":
            stream.position -= 1
            stream.defineMacro()
            return nil
        default:
            warn(token.location, "unknown TeX command \\\(name)")
            return .error("\\" + name)
        }
    }

    private func symbol(_ entry: SymbolEntry) -> MathNode {
        switch entry {
        case .identifier(let text, let upright):
            if let font, let c = text.first, text.count == 1 {
                let chosen: MathFont = (font == .boldItalic && upright) ? .bold : font
                let mapped = UnicodeAlphabets.map(c, chosen)
                if mapped != c { return .identifier(String(mapped), upright: false) }
            }
            return .identifier(text, upright: upright)
        case .symbol(let text, let atomClass):
            return .symbol(.plain(text, atomClass))
        case .largeOperator(let text, let placement):
            return .limits(base: .symbol(Operator(text: text, atomClass: .largeOperator)), under: nil, over: nil,
                           placement: placement)
        case .function(let name, let limits):
            let node = MathNode.operatorName(name)
            return limits ? .limits(base: node, under: nil, over: nil, placement: .displayOnly) : node
        }
    }

    /// The argument of `\operatorname`, parsed upright.
    private mutating func parseUprightArgument(for token: Token) -> MathNode {
        let saved = font
        font = .upright
        defer { font = saved }
        return parseArgument(for: token)
    }

    /// A single upright word when the argument is one, else the argument as is.
    private func operatorName(_ node: MathNode) -> MathNode {
        var word = ""
        func collect(_ node: MathNode) -> Bool {
            switch node {
            case .identifier(let text, _), .number(let text): word += text; return true
            case .symbol(let op) where op.text == "−" || op.text == "∗" || op.text == "." :
                word += op.text == "−" ? "-" : op.text == "∗" ? "*" : "."
                return true
            case .space: word += "\u{2009}"; return true
            case .row(let nodes): return nodes.allSatisfy(collect)
            default: return false
            }
        }
        return collect(node) && !word.isEmpty ? .operatorName(word) : node
    }

    private mutating func parseExtensibleArrow(_ name: String, _ token: Token) -> MathNode {
        let arrows: [String: String] = [
            "xrightarrow": "→", "xleftarrow": "←", "xRightarrow": "⇒", "xLeftarrow": "⇐",
            "xleftrightarrow": "↔", "xLeftrightarrow": "⇔", "xmapsto": "↦", "xhookrightarrow": "↪",
            "xhookleftarrow": "↩", "xlongequal": "=",
        ]
        let under = parseOptionalArgument()
        let over = parseArgument(for: token)
        func padded(_ node: MathNode?) -> MathNode? {
            node.map { .row([.space("0.2778em"), $0, .space("0.2778em")]) }
        }
        let arrow = Operator(text: arrows[name] ?? "→", atomClass: .relation, stretchy: true)
        return .limits(base: .symbol(arrow), under: padded(under), over: padded(over) ?? .space("1em"),
                       placement: .always)
    }

    private mutating func parseNegation(_ token: Token) -> MathNode {
        guard let next = stream.peekNonSpace(), !isArgumentTerminator(next), let atom = parseAtom() else {
            warn(token.location, "\\not without a symbol to negate")
            return .error("\\not")
        }
        switch atom {
        case .symbol(var op):
            op.text = Negations.table[op.text] ?? op.text + "\u{338}"
            return .symbol(op)
        case .identifier(let text, let upright):
            return .identifier(text + "\u{338}", upright: upright)
        default:
            return .row([.symbol(Operator(text: "/", atomClass: .ordinary, spacing: ("0", "-0.5em"))), atom])
        }
    }

    private mutating func parseSpace(_ name: String, _ token: Token) -> MathNode {
        var tokens: [Token]
        if name == "kern" || name == "mkern" || name == "hskip" || name == "mskip",
           stream.peekNonSpace()?.kind != .beginGroup {
            tokens = []
            while let next = stream.peek(), case .character(let c) = next.kind,
                  c.isTeXNumber || c.isTeXLetter || c == "." || c == "-" || c == "+" {
                tokens.append(next)
                stream.position += 1
                if tokens.count > 2, let last = tokens.last, case .character(let l) = last.kind, l.isTeXLetter,
                   case .character(let p) = tokens[tokens.count - 2].kind, p.isTeXLetter { break }
            }
        } else {
            tokens = readRawGroup(for: token) ?? []
        }
        let text = plainText(tokens)
        guard let width = Dimension.em(text) else {
            warn(token.location, "cannot read the dimension \"\(text)\" of \(token.texSpelling)")
            return .error(token.texSpelling + "{" + text + "}")
        }
        return .space(width)
    }

    private mutating func parseSubstack(_ token: Token) -> MathNode {
        guard let open = stream.peekNonSpace(), open.kind == .beginGroup else {
            return parseArgument(for: token)
        }
        stream.position += 1
        let rows = parseTableRows(environment: "substack", begin: token, closedByGroup: true)
        expectEndGroup(opened: open)
        return .style(display: false, scriptLevel: nil, [
            .table(MathTable(rows: rows, columnAlignments: ["center"], rowSpacing: "0"))
        ])
    }

    /// Spells tokens back as plain text (for dimensions, tags, names).
    func plainText(_ tokens: [Token]) -> String {
        tokens.map { token in token.kind == .space ? " " : token.texSpelling }.joined().trimmingSpaces
    }
}

/// Negated forms for `\not`.
enum Negations {
    static let table: [String: String] = [
        "=": "≠", "∈": "∉", "≡": "≢", "⊂": "⊄", "⊃": "⊅", "⊆": "⊈", "⊇": "⊉", "∼": "≁", "≈": "≉",
        "≅": "≇", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∣": "∤", "∥": "∦", "∋": "∌", "→": "↛",
        "←": "↚", "↔": "↮", "⇒": "⇏", "⇐": "⇍", "⇔": "⇎", "≃": "≄", "≺": "⊀", "≻": "⊁", "⊢": "⊬",
        "⊨": "⊭", "∃": "∄",
    ]
}
