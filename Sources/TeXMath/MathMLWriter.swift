/// Serializes `MathNode` trees as MathML Core markup, tracking display style as renderers do.
struct MathMLWriter {
    var output = ""
    private var displayStyle: Bool

    init(display: Bool) {
        displayStyle = display
        output.reserveCapacity(512)
    }

    /// A complete `<math>` element.
    static func math(_ nodes: [MathNode], display: Bool, tag: String?) -> String {
        var writer = MathMLWriter(display: display)
        writer.output += display
            ? "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"
            : "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
        writer.writeRow(nodes)
        if let tag {
            writer.output += "<mspace width=\"2em\"/><mtext>(" + escaped(tag) + ")</mtext>"
        }
        writer.output += "</math>"
        return writer.output
    }

    /// Children of an mrow-like element, with TeX's spacing rules that MathML cannot infer:
    /// unary `−`, thin spaces around named functions, function application.
    mutating func writeRow(_ written: [MathNode]) {
        let nodes = MathMLWriter.joiningRelations(written)
        var previous: AtomClass?
        for (index, node) in nodes.enumerated() {
            if case .space = node {
                write(node)
                continue
            }
            var atomClass = node.atomClass
            var prefix = false
            if atomClass == .binary {
                switch previous {
                case nil, .binary?, .relation?, .opening?, .punctuation?, .largeOperator?:
                    prefix = true
                    atomClass = .ordinary
                default: break
                }
            }
            let function = MathMLWriter.isFunction(node)
            if function, previous == .ordinary || previous == .closing {
                output += "<mspace width=\"0.1667em\"/>"
            }
            write(node, prefix: prefix)
            if function {
                output += "<mo>\u{2061}</mo>"
                if index + 1 < nodes.count, MathMLWriter.wantsThinSpaceAfterFunction(nodes[index + 1]) {
                    output += "<mspace width=\"0.1667em\"/>"
                }
            }
            previous = atomClass
        }
    }

    /// TeX puts no space between adjacent relations (`:=`, `\\le =`), but MathML spaces every `<mo>`;
    /// one `<mo>` holding both gets the relation's spacing once, on its outer sides.
    static func joiningRelations(_ nodes: [MathNode]) -> [MathNode] {
        var joined: [MathNode] = []
        for node in nodes {
            if case .symbol(let op) = node, op.atomClass == .relation, op.plain,
               case .symbol(let last)? = joined.last, last.atomClass == .relation, last.plain {
                joined[joined.count - 1] = .symbol(Operator(text: last.text + op.text, atomClass: .relation))
            } else {
                joined.append(node)
            }
        }
        return joined
    }

    /// Named operators (`\\log`, `\\operatorname`, `\\mathop{…}`): TeX's Op atoms that are not `<mo>`.
    static func isFunction(_ node: MathNode) -> Bool {
        switch node {
        case .operatorName: return true
        case .scripts(let base, _, _): return isFunction(base)
        case .limits(let base, _, _, let placement): return MathNode.isNamedOperator(base, placement)
        default: return false
        }
    }

    private static func wantsThinSpaceAfterFunction(_ next: MathNode) -> Bool {
        switch next {
        case .fenced: return true
        case .space: return false
        case .symbol: return false
        default: return next.atomClass == .ordinary || next.atomClass == .largeOperator
        }
    }

    /// One element: rows of one child are written as that child.
    mutating func writeSingle(_ node: MathNode) {
        if case .row(let nodes) = node, nodes.count != 1 {
            output += "<mrow>"
            writeRow(nodes)
            output += "</mrow>"
        } else {
            write(node)
        }
    }

    mutating func write(_ node: MathNode, prefix: Bool = false, fixedLimits: Bool = false) {
        switch node {
        case .identifier(let text, let upright):
            output += upright && text.count == 1 ? "<mi mathvariant=\"normal\">" : "<mi>"
            output += MathMLWriter.escaped(text) + "</mi>"
        case .number(let text):
            output += "<mn>" + MathMLWriter.escaped(text) + "</mn>"
        case .symbol(let op):
            writeOperator(op, prefix: prefix, fixedLimits: fixedLimits)
        case .text(let text, let style):
            output += style.map { "<mtext style=\"\($0)\">" } ?? "<mtext>"
            output += MathMLWriter.escaped(text) + "</mtext>"
        case .row(let nodes):
            if nodes.count == 1 {
                write(nodes[0], prefix: prefix)
            } else {
                output += "<mrow>"
                writeRow(nodes)
                output += "</mrow>"
            }
        case .operatorName(let name):
            output += name.count == 1 ? "<mi mathvariant=\"normal\">" : "<mi>"
            output += MathMLWriter.escaped(name) + "</mi>"
        case .fraction(let numerator, let denominator, let thickness, let style):
            writeFraction(numerator, denominator, thickness: thickness, style: style)
        case .root(let base, let index):
            if let index {
                output += "<mroot>"
                writeSingle(base)
                inScript { $0.writeSingle(index) }
                output += "</mroot>"
            } else {
                output += "<msqrt>"
                if case .row(let nodes) = base { writeRow(nodes) } else { write(base) }
                output += "</msqrt>"
            }
        case .scripts(let base, let sub, let sup):
            writeScripts(base, sub, sup, under: false)
        case .limits(let base, let under, let over, let placement):
            let stacked = placement == .always || (placement == .displayOnly && displayStyle)
            if under == nil, over == nil {
                write(base, fixedLimits: false)
            } else {
                writeScripts(base, under, over, under: stacked, fixedLimits: stacked && !displayStyle)
            }
        case .accent(let base, let mark, let above):
            output += above ? "<mover accent=\"true\">" : "<munder accentunder=\"true\">"
            writeSingle(base)
            writeOperator(mark, prefix: false, fixedLimits: false)
            output += above ? "</mover>" : "</munder>"
        case .fenced(let open, let body, let close):
            output += "<mrow>"
            if let open { writeFence(open, form: "prefix") }
            writeRow(body)
            if let close { writeFence(close, form: "postfix") }
            output += "</mrow>"
        case .table(let table):
            writeTable(table)
        case .space(let width):
            output += "<mspace width=\"" + width + "\"/>"
        case .style(let display, let level, let nodes):
            output += "<mstyle displaystyle=\"\(display)\""
            if let level { output += " scriptlevel=\"\(level)\"" }
            output += ">"
            let saved = displayStyle
            displayStyle = display
            writeRow(nodes)
            displayStyle = saved
            output += "</mstyle>"
        case .phantom(let inner, let width, let height):
            if !width { output += "<mpadded width=\"0\">" }
            if !height { output += "<mpadded height=\"0\" depth=\"0\">" }
            output += "<mphantom>"
            writeSingle(inner)
            output += "</mphantom>"
            if !height { output += "</mpadded>" }
            if !width { output += "</mpadded>" }
        case .styled(let css, let inner):
            output += "<mrow style=\"" + MathMLWriter.escaped(css) + "\">"
            if case .row(let nodes) = inner { writeRow(nodes) } else { write(inner) }
            output += "</mrow>"
        case .error(let text):
            output += "<merror><mtext>" + MathMLWriter.escaped(text) + "</mtext></merror>"
        }
    }

    /// Runs `body` with script style (as MathML does for script, fraction and limit children).
    mutating func inScript(_ body: (inout MathMLWriter) -> Void) {
        let saved = displayStyle
        displayStyle = false
        body(&self)
        displayStyle = saved
    }

    private mutating func writeScripts(_ base: MathNode, _ lower: MathNode?, _ upper: MathNode?,
                                       under: Bool, fixedLimits: Bool = false) {
        let element: String
        switch (lower, upper) {
        case (_?, _?): element = under ? "munderover" : "msubsup"
        case (_?, nil): element = under ? "munder" : "msub"
        default: element = under ? "mover" : "msup"
        }
        output += "<" + element + ">"
        if case .symbol(let op) = base.unwrapped, op.size != nil {
            // A sized delimiter (`\\bigg)`) as a script base keeps its size only inside an mrow in Chromium.
            output += "<mrow>"
            writeOperator(op, prefix: false, fixedLimits: false)
            output += "</mrow>"
        } else if case .row(let nodes) = base, nodes.count != 1 {
            writeSingle(base)
        } else if case .row(let nodes) = base {
            write(nodes[0], fixedLimits: fixedLimits)
        } else {
            write(base, fixedLimits: fixedLimits)
        }
        inScript { writer in
            if let lower { writer.writeSingle(lower) }
            if let upper { writer.writeSingle(upper) }
        }
        output += "</" + element + ">"
    }

    private mutating func writeFraction(_ numerator: MathNode, _ denominator: MathNode, thickness: String?, style: Bool?) {
        let wrap = style.map { $0 != displayStyle } ?? false
        if let style, wrap { output += "<mstyle displaystyle=\"\(style)\">" }
        output += thickness.map { "<mfrac linethickness=\"\($0)\">" } ?? "<mfrac>"
        inScript { writer in
            writer.writeSingle(numerator)
            writer.writeSingle(denominator)
        }
        output += "</mfrac>"
        if wrap { output += "</mstyle>" }
    }

    mutating func writeOperator(_ op: Operator, prefix: Bool, fixedLimits: Bool) {
        output += "<mo"
        if prefix { output += " form=\"prefix\"" }
        if let stretchy = op.stretchy { output += stretchy ? " stretchy=\"true\"" : " stretchy=\"false\"" }
        if let size = op.size { output += " minsize=\"\(size)\" maxsize=\"\(size)\"" }
        if let (left, right) = op.spacing { output += " lspace=\"\(left)\" rspace=\"\(right)\"" }
        if fixedLimits, op.atomClass == .largeOperator { output += " movablelimits=\"false\"" }
        output += ">" + MathMLWriter.escaped(op.text) + "</mo>"
    }

    private mutating func writeFence(_ op: Operator, form: String) {
        output += "<mo fence=\"true\" form=\"\(form)\""
        if !Operator.verticalFences.contains(op.text) { output += " stretchy=\"true\"" }
        output += ">" + MathMLWriter.escaped(op.text) + "</mo>"
    }

    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for c in text.unicodeScalars {
            switch c {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(c)
            }
        }
        return result
    }
}
