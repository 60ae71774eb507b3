/// `\text{…}` and friends: text mode inside math, with `$…$` math inside text.
enum TextCommands {
    /// CSS for each text command (`""` for none).
    static let styles: [String: String] = [
        "text": "", "textrm": "", "textnormal": "", "textup": "", "textmd": "",
        "textbf": "font-weight:bold", "textit": "font-style:italic", "emph": "font-style:italic",
        "textsl": "font-style:italic", "textsf": "font-family:sans-serif", "texttt": "font-family:monospace",
    ]
    static let escapes: [String: String] = [
        "{": "{", "}": "}", "_": "_", "%": "%", "$": "$", "&": "&", "#": "#", " ": " ", "\\": " ",
        ",": "\u{2009}", ";": "\u{2005}", ":": "\u{2005}", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}",
        "ldots": "…", "dots": "…", "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^",
        "textendash": "–", "textemdash": "—", "textbar": "|", "textless": "<", "textgreater": ">",
        "S": "§", "P": "¶", "dag": "†", "ddag": "‡", "copyright": "©", "pounds": "£", "textdegree": "°",
        "'": "´", "`": "`", "-": "", "/": "", "textquoteleft": "‘", "textquoteright": "’",
    ]
}

extension TextCommands {
    /// TeX's text ligatures: `--` en dash, `---` em dash, ``` `` ``` and `''` double quotes, `` ` `` and `'` single ones.
    static func appendLigature(_ c: Character, to text: inout String) {
        switch c {
        case "-":
            if text.hasSuffix("–") { text.removeLast(); text.append("—") }
            else if text.hasSuffix("-") { text.removeLast(); text.append("–") }
            else { text.append("-") }
        case "`":
            if text.hasSuffix("‘") { text.removeLast(); text.append("“") } else { text.append("‘") }
        default:
            if text.hasSuffix("’") { text.removeLast(); text.append("”") } else { text.append("’") }
        }
    }
}

extension Parser {
    /// Parses a text argument into `.text` (or a row of text and math).
    mutating func parseText(style: String?, _ command: Token) -> MathNode {
        let commandCSS = style?.isEmpty == false ? style : nil
        var css = commandCSS
        /// A size switch lasts to the end of the group it is in: the depth and the style before it.
        var switches: [(depth: Int, saved: String?)] = []
        guard let open = stream.peekNonSpace(), !isArgumentTerminator(open) else {
            warn(command.location, "missing argument for \(command.texSpelling)")
            return .text("", style: css)
        }
        var pieces: [MathNode] = []
        var text = ""
        func flush() {
            guard !text.isEmpty else { return }
            pieces.append(.text(Parser.protectEdgeSpaces(text), style: css))
            text = ""
        }
        stream.position += 1
        guard open.kind == .beginGroup else {
            text = open.kind == .space ? " " : (open.commandName.flatMap { TextCommands.escapes[$0] } ?? open.texSpelling)
            flush()
            return pieces.first ?? .text("", style: css)
        }
        var depth = 0
        var closed = false
        while let token = stream.next() {
            switch token.kind {
            case .endGroup where depth == 0:
                closed = true
            case .endGroup:
                depth -= 1
                while let last = switches.last, last.depth > depth {
                    flush()
                    css = switches.removeLast().saved
                }
            case .beginGroup: depth += 1
            case .space: if !text.hasSuffix(" ") { text.append(" ") }
            case .character("$"):
                flush()
                let math = parseRow([.dollar])
                if stream.peek()?.kind == .character("$") { stream.position += 1 } else {
                    warn(token.location, "missing $ to close the math opened here")
                }
                pieces.append(.row(math))
            case .character("~"): text.append("\u{A0}")
            case .command(let name):
                if let escape = TextCommands.escapes[name] {
                    text += escape
                } else if let logo = Parser.logoText[name] {
                    text += logo
                } else if let size = Parser.sizeCSS(name) {
                    flush()
                    switches.append((depth, css))
                    css = Parser.textCSS(commandCSS, size)
                } else if TextCommands.styles[name] != nil || Parser.ignored.contains(name) {
                    continue // nested text commands: their braces are plain groups
                } else if case .identifier(let c, _)? = SymbolTable.entry(name) {
                    text += c
                } else {
                    flush()
                    warn(token.location, "unknown TeX command \\\(name) in text")
                    pieces.append(.error(token.texSpelling))
                }
            case .character(let c) where c == "-" || c == "`" || c == "'":
                TextCommands.appendLigature(c, to: &text)
            default:
                text += token.texSpelling
            }
            if closed { break }
        }
        if !closed { warn(open.location, "missing } to close the { opened here") }
        flush()
        if pieces.count == 1 { return pieces[0] }
        return .row(pieces)
    }

    /// CSS of a text command combined with a size switch.
    static func textCSS(_ command: String?, _ size: String?) -> String? {
        guard let size else { return command }
        guard let command else { return size }
        return command + ";" + size
    }

    /// Blanks at the ends of `<mtext>` would be dropped by renderers: make them no-break spaces.
    static func protectEdgeSpaces(_ text: String) -> String {
        var result = text
        if result.first == " " { result.replaceSubrange(result.startIndex...result.startIndex, with: "\u{A0}") }
        if result.last == " " {
            let last = result.index(before: result.endIndex)
            result.replaceSubrange(last...last, with: "\u{A0}")
        }
        return result
    }
}
