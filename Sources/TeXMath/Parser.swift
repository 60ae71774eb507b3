/// Recursive-descent parser from TeX tokens to `MathNode` trees; problems become warnings.
struct Parser {
    var stream: TokenStream
    /// The alphabet set by `\mathbf{…}` and friends; `nil` is TeX's default math italic.
    var font: MathFont?
    /// Text of `\tag{…}`, shown at the end of the formula.
    var tag: String?
    /// Current nesting of atoms; bounded so that hostile input cannot overflow the stack.
    var depth = 0
    static let maximumDepth = 100

    /// Which tokens end the row being parsed (anything else of that kind is stray).
    struct Stops: OptionSet {
        let rawValue: Int
        static let group = Stops(rawValue: 1)
        static let cell = Stops(rawValue: 2)
        static let right = Stops(rawValue: 4)
        static let dollar = Stops(rawValue: 8)
        static let bracket = Stops(rawValue: 16)
        /// Top level: `\\` breaks the line (with a warning).
        static let lineBreak = Stops(rawValue: 32)
    }

    init(tokens: [Token], macros: MacroTable) {
        stream = TokenStream(tokens: tokens, macros: macros)
    }

    var warnings: [MathWarning] { stream.warnings }

    mutating func warn(_ location: SourceLocation, _ message: String) {
        stream.warn(location, message)
    }

    /// Parses the whole input. A `\\` outside any environment is reported, and rendered
    /// as a line break (what MathJax does) by stacking the lines in a centred table.
    mutating func parseFormula(display: Bool) -> [MathNode] {
        var lines: [[MathNode]] = []
        while true {
            let line = parseRow([.lineBreak])
            guard let token = stream.peekNonSpace() else {
                if lines.isEmpty { return line }
                if !line.isEmpty { lines.append(line) }
                break
            }
            stream.position += 1
            warn(token.location, "\\\(token.commandName ?? "") outside an environment: shown as a line break; "
                 + "use aligned or gathered for multi-line formulas")
            if stream.peekNonSpace()?.kind == .character("[") { _ = parseOptionalArgument() }
            lines.append(line)
        }
        if lines.count == 1 { return lines[0] }
        let rows = lines.map { [MathNode.row($0)] }
        return [.table(MathTable(rows: rows, columnAlignments: ["center"], displayStyle: display))]
    }

    static let infixFractions: Set<String> = ["over", "choose", "atop", "brack", "brace"]
    static let styleSwitches: [String: (Bool, Int?)] = [
        "displaystyle": (true, 0), "textstyle": (false, 0),
        "scriptstyle": (false, 1), "scriptscriptstyle": (false, 2),
    ]
    static let fontSwitches: [String: MathFont] = [
        "rm": .upright, "bf": .bold, "it": .italic, "cal": .script, "sf": .sansSerif, "tt": .monospace,
        "boldmath": .boldItalic,
    ]

    /// Parses atoms until a token in `stops` (left for the caller) or the end of input.
    mutating func parseRow(_ stops: Stops) -> [MathNode] {
        let savedFont = font
        depth += 1
        defer {
            font = savedFont
            depth -= 1
        }
        if depth > Parser.maximumDepth, let token = stream.peekNonSpace() { return [swallowTooDeep(token)] }
        var nodes: [MathNode] = []
        var infix: (numerator: [MathNode], command: String)?
        func finish(_ nodes: [MathNode]) -> [MathNode] {
            guard let (numerator, command) = infix else { return nodes }
            return [Parser.infixFraction(command, numerator, nodes)]
        }
        while let token = stream.peekNonSpace() {
            switch token.kind {
            case .endGroup:
                if stops.contains(.group) { return finish(nodes) }
                stream.position += 1
                warn(token.location, "unmatched }")
                nodes.append(.error("}"))
            case .alignment:
                if stops.contains(.cell) { return finish(nodes) }
                stream.position += 1
                warn(token.location, "& outside an alignment environment such as aligned or matrix")
                nodes.append(.error("&"))
            case .character("$") where stops.contains(.dollar):
                return finish(nodes)
            case .character("]") where stops.contains(.bracket):
                return finish(nodes)
            case .command(let name) where !Parser.rowCommands.contains(name):
                parseAtomWithScripts(into: &nodes)
            case .command(let name):
                if Parser.rowEnders.contains(name) {
                    if stops.contains(.cell), name != "right", name != "middle" { return finish(nodes) }
                    if stops.contains(.right), name == "right" { return finish(nodes) }
                    if stops.contains(.lineBreak), name == "\\" || name == "newline" || name == "cr" {
                        return finish(nodes)
                    }
                    if stops.contains(.right), name == "middle" {
                        stream.position += 1
                        if let delimiter = parseDelimiter(after: token) {
                            nodes.append(.symbol(Operator(text: delimiter.text, atomClass: .relation, stretchy: true,
                                                          spacing: ("0.1667em", "0.1667em"), isFence: true)))
                        }
                        continue
                    }
                    stream.position += 1
                    nodes.append(strayRowEnder(name, token))
                } else if Parser.infixFractions.contains(name) {
                    stream.position += 1
                    if infix != nil {
                        warn(token.location, "ambiguous: more than one \\\(name)-style fraction in a group")
                        nodes = [Parser.infixFraction(infix!.command, infix!.numerator, nodes)]
                    }
                    infix = (nodes, name)
                    nodes = []
                } else if let (display, level) = Parser.styleSwitches[name] {
                    stream.position += 1
                    let rest = parseRow(stops)
                    nodes.append(.style(display: display, scriptLevel: level, rest))
                    return finish(nodes)
                } else if let size = Parser.sizeCSS(name) {
                    stream.position += 1
                    nodes.append(.styled(css: size, .row(parseRow(stops))))
                    return finish(nodes)
                } else if let switched = Parser.fontSwitches[name] {
                    stream.position += 1
                    font = switched
                } else if name == "color" {
                    stream.position += 1
                    _ = readRawGroup(for: token)
                } else {
                    parseAtomWithScripts(into: &nodes)
                }
            default:
                parseAtomWithScripts(into: &nodes)
            }
        }
        return finish(nodes)
    }

    static let rowEnders: Set<String> = ["\\", "cr", "newline", "end", "right", "middle"]

    /// Every command `parseRow` treats itself; any other is an atom, known by one lookup.
    static let rowCommands: Set<String> = rowEnders.union(infixFractions).union(styleSwitches.keys)
        .union(sizeSwitches.keys).union(fontSwitches.keys).union(["color"])

    /// A row ender found where it cannot end anything: warn and show it.
    private mutating func strayRowEnder(_ name: String, _ token: Token) -> MathNode {
        switch name {
        case "end":
            let environment = readRawGroup(for: token).map { $0.map(\.texSpelling).joined() } ?? ""
            warn(token.location, "\\end{\(environment)} without a matching \\begin{\(environment)}")
            return .error("\\end{\(environment)}")
        case "right", "middle":
            warn(token.location, "\\\(name) without a matching \\left")
            let delimiter = parseDelimiter(after: token)
            return .error("\\\(name)" + (delimiter?.spelling ?? ""))
        default:
            warn(token.location, "\\\(name) outside an environment; line breaks need aligned, gathered or a matrix")
            return .error("\\\(name)")
        }
    }

    static func infixFraction(_ command: String, _ numerator: [MathNode], _ denominator: [MathNode]) -> MathNode {
        let thickness: String? = command == "over" ? nil : "0"
        let fraction = MathNode.fraction(.row(numerator), .row(denominator), thickness: thickness, style: nil)
        switch command {
        case "choose": return .fenced(open: .fence("("), body: [fraction], close: .fence(")"))
        case "brack": return .fenced(open: .fence("["), body: [fraction], close: .fence("]"))
        case "brace": return .fenced(open: .fence("{"), body: [fraction], close: .fence("}"))
        default: return fraction
        }
    }
}

extension Operator {
    /// A delimiter of `\left`, a matrix or a binomial: grows with its content.
    static func fence(_ text: String) -> Operator {
        Operator(text: text, atomClass: .ordinary, isFence: true)
    }
}
