/// How a TeX environment is laid out.
struct EnvironmentLayout: Sendable {
    enum Columns: Sendable { case centered, alignment, left, fromSpec }
    var columns: Columns
    var open: String? = nil
    var close: String? = nil
    var displayStyle = false
    /// Environments that take an extra `{…}` argument (`alignat{2}`).
    var skipsArgument = false
}

/// Supported environments by name.
enum Environments {
    static let layouts: [String: EnvironmentLayout] = {
        var t: [String: EnvironmentLayout] = [
            "matrix": .init(columns: .centered), "smallmatrix": .init(columns: .centered),
            "pmatrix": .init(columns: .centered, open: "(", close: ")"),
            "bmatrix": .init(columns: .centered, open: "[", close: "]"),
            "Bmatrix": .init(columns: .centered, open: "{", close: "}"),
            "vmatrix": .init(columns: .centered, open: "|", close: "|"),
            "Vmatrix": .init(columns: .centered, open: "‖", close: "‖"),
            "cases": .init(columns: .left, open: "{"), "dcases": .init(columns: .left, open: "{", displayStyle: true),
            "rcases": .init(columns: .left, close: "}"),
            "array": .init(columns: .fromSpec), "darray": .init(columns: .fromSpec, displayStyle: true),
            "subarray": .init(columns: .fromSpec),
        ]
        for name in ["aligned", "align", "align*", "split", "eqnarray", "eqnarray*", "flalign", "flalign*"] {
            t[name] = .init(columns: .alignment, displayStyle: true)
        }
        for name in ["alignat", "alignat*", "alignedat"] {
            t[name] = .init(columns: .alignment, displayStyle: true, skipsArgument: true)
        }
        for name in ["gathered", "gather", "gather*", "equation", "equation*", "multline", "multline*"] {
            t[name] = .init(columns: .centered, displayStyle: true)
        }
        return t
    }()
}

extension Parser {
    /// `\begin{name} … \end{name}`, having read `\begin`.
    mutating func parseEnvironment(_ begin: Token) -> MathNode {
        let name = plainText(readRawGroup(for: begin) ?? [])
        var layout = Environments.layouts[name]
        if layout == nil {
            warn(begin.location, "unknown environment \(name)")
        }
        if layout?.skipsArgument == true { _ = readRawGroup(for: begin) }
        var alignments: [String] = []
        var ruled: Set<Int> = []
        if layout?.columns == .fromSpec {
            (alignments, ruled) = columnSpec(readRawGroup(for: begin) ?? [])
        }
        if name.hasSuffix("matrix*"), let spec = parseOptionalSpec() {
            layout = Environments.layouts[String(name.dropLast())]
            alignments = spec
        }
        let isAlignment = layout?.columns == .alignment
        let rows = parseTableRows(environment: name, begin: begin, closedByGroup: false, alignment: isAlignment)
        switch layout?.columns {
        case .alignment?: alignments = ["right", "left"]
        case .left?: alignments = ["left"]
        case .fromSpec?: if alignments.isEmpty { alignments = ["center"] }
        default: if alignments.isEmpty { alignments = ["center"] }
        }
        let table = MathTable(rows: rows, columnAlignments: alignments, ruledColumns: ruled,
                              displayStyle: layout?.displayStyle ?? false, isAlignment: isAlignment)
        var node = MathNode.table(table)
        if layout == nil {
            node = .row([.error("\\begin{\(name)}"), node, .error("\\end{\(name)}")])
        }
        if name == "smallmatrix" { node = .style(display: false, scriptLevel: 1, [node]) }
        if layout?.open != nil || layout?.close != nil {
            return .fenced(open: layout?.open.map(Operator.fence), body: [node], close: layout?.close.map(Operator.fence))
        }
        return node
    }

    /// Rows of cells up to `\end{…}` (or the closing `}` of `\substack`).
    mutating func parseTableRows(environment name: String, begin: Token, closedByGroup: Bool,
                                 alignment: Bool = false) -> [[MathNode]] {
        var rows: [[MathNode]] = []
        var cells: [MathNode] = []
        let stops: Stops = closedByGroup ? [.cell, .group] : [.cell]
        while true {
            var cell = parseRow(stops)
            if alignment, cells.count % 2 == 1, !cell.isEmpty { cell.insert(.row([]), at: 0) }
            cells.append(.row(cell))
            guard let token = stream.peekNonSpace() else {
                warn(begin.location, closedByGroup ? "missing } to close \\substack" : "\\begin{\(name)} without \\end{\(name)}")
                break
            }
            if token.kind == .alignment {
                stream.position += 1
                continue
            }
            if token.kind == .endGroup { break } // \substack's closing brace
            let command = token.commandName ?? ""
            stream.position += 1
            if command == "end" {
                let endName = plainText(readRawGroup(for: token) ?? [])
                if closedByGroup {
                    warn(token.location, "\\end{\(endName)} inside \\substack")
                    cells.append(.error("\\end{\(endName)}"))
                    continue
                }
                if endName != name { warn(token.location, "\\begin{\(name)} ended by \\end{\(endName)}") }
                break
            }
            // \\ or \cr: next row; skip an optional [spacing].
            if stream.peekNonSpace()?.kind == .character("[") {
                _ = parseOptionalArgument()
            }
            rows.append(cells)
            cells = []
        }
        rows.append(cells)
        // A final \\ leaves an empty last row.
        if let last = rows.last, last.count == 1, last[0] == .row([]), rows.count > 1 { rows.removeLast() }
        return rows
    }

    /// `{c|l r}` → alignments and ruled columns.
    private func columnSpec(_ tokens: [Token]) -> ([String], Set<Int>) {
        var alignments: [String] = []
        var ruled: Set<Int> = []
        var skipDepth = 0
        for token in tokens {
            switch token.kind {
            case .beginGroup: skipDepth += 1
            case .endGroup: skipDepth -= 1
            case .character(let c) where skipDepth == 0:
                switch c {
                case "l", "p", "m", "b": alignments.append("left")
                case "c": alignments.append("center")
                case "r": alignments.append("right")
                case "|": if !alignments.isEmpty { ruled.insert(alignments.count - 1) }
                default: break
                }
            default: break
            }
        }
        return (alignments, ruled)
    }

    /// `pmatrix*`'s `[r]`.
    private mutating func parseOptionalSpec() -> [String]? {
        guard stream.peekNonSpace()?.kind == .character("[") else { return nil }
        stream.position += 1
        var alignments: [String] = []
        while let token = stream.next(), token.kind != .character("]") {
            if case .character(let c) = token.kind {
                alignments.append(c == "l" ? "left" : c == "r" ? "right" : "center")
            }
        }
        return alignments
    }
}
