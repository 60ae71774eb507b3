/// TeX's atom classes, which decide spacing (and whether a `-` is unary).
enum AtomClass: Sendable, Equatable {
    case ordinary, largeOperator, binary, relation, opening, closing, punctuation
}

/// An `<mo>`: its text, its TeX class and how it may stretch.
struct Operator: Sendable, Equatable {
    var text: String
    var atomClass: AtomClass

    /// No attributes of its own: it can be written together with a neighbour.
    var plain: Bool { stretchy == nil && spacing == nil && size == nil && !isFence && form == nil }
    /// `nil`: the MathML operator dictionary decides; `false` for delimiters that must not grow.
    var stretchy: Bool? = nil
    /// Explicit spacing when TeX's class differs from the MathML dictionary (e.g. `|` as an ordinary).
    var spacing: (left: String, right: String)? = nil
    /// Fixed size for `\big(` and friends, in em.
    var size: String? = nil
    var isFence = false
    var form: String? = nil

    static func == (a: Operator, b: Operator) -> Bool {
        a.text == b.text && a.atomClass == b.atomClass && a.stretchy == b.stretchy
            && a.spacing?.left == b.spacing?.left && a.spacing?.right == b.spacing?.right
            && a.size == b.size && a.isFence == b.isFence && a.form == b.form
    }
}

/// How a large operator places its scripts.
enum LimitsPlacement: Sendable, Equatable {
    /// Under/over in display style, sub/sup inline (`\sum`, `\lim`, `\operatorname*`).
    case displayOnly
    /// Always under/over (`\overbrace`, `\limits`).
    case always
    /// Always sub/sup (`\int`, `\nolimits`).
    case never
}

/// A table produced by a TeX environment.
struct MathTable: Sendable, Equatable {
    var rows: [[MathNode]]
    /// CSS `text-align` per column (`left`, `center`, `right`); the last entry repeats.
    var columnAlignments: [String]
    /// Columns followed by a vertical rule (from `|` in an `array` column spec).
    var ruledColumns: Set<Int> = []
    var displayStyle = false
    /// Alignment environments: column pairs right/left with no padding between a pair.
    var isAlignment = false
    var rowSpacing: String? = nil
}

/// The parsed formula: a tree close to MathML's.
indirect enum MathNode: Sendable, Equatable {
    /// `<mi>`; `upright` forces `mathvariant="normal"` on single characters.
    case identifier(String, upright: Bool)
    case number(String)
    case symbol(Operator)
    case text(String, style: String?)
    case row([MathNode])
    case fraction(MathNode, MathNode, thickness: String?, style: Bool?)
    case root(MathNode, index: MathNode?)
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    case limits(base: MathNode, under: MathNode?, over: MathNode?, placement: LimitsPlacement)
    /// A named operator (`\log`, `\operatorname{…}`): an upright `<mi>` followed by function application.
    case operatorName(String)
    case accent(base: MathNode, mark: Operator, above: Bool)
    case fenced(open: Operator?, body: [MathNode], close: Operator?)
    case table(MathTable)
    case space(String)
    case style(display: Bool, scriptLevel: Int?, [MathNode])
    case phantom(MathNode, width: Bool, height: Bool)
    /// An `<mrow>` with inline CSS (`\boxed`).
    case styled(css: String, MathNode)
    /// Unsupported input, shown verbatim.
    case error(String)

    /// The only child of a one-element row, recursively.
    var unwrapped: MathNode {
        if case .row(let nodes) = self, nodes.count == 1 { return nodes[0].unwrapped }
        return self
    }

    /// Whether a base with limits is an operator name (`\\lim`, `\\operatorname*`, `\\mathop{…}`)
    /// rather than a symbol (`\\sum`) or a stacked ordinary (`\\overset`, `\\overbrace`).
    static func isNamedOperator(_ base: MathNode, _ placement: LimitsPlacement) -> Bool {
        switch base.unwrapped {
        case .operatorName: return true
        case .symbol, .accent: return false
        default: return placement == .displayOnly
        }
    }

    /// The TeX class used for spacing decisions.
    var atomClass: AtomClass {
        switch self {
        case .symbol(let op): return op.atomClass
        case .scripts(let base, _, _): return base.atomClass
        case .limits(let base, _, _, let placement):
            if MathNode.isNamedOperator(base, placement) { return .largeOperator }
            return base.unwrapped.atomClass
        case .operatorName: return .largeOperator
        case .accent(let base, _, _): return base.atomClass == .relation ? .relation : .ordinary
        case .fenced: return .ordinary
        case .style(_, _, let nodes): return nodes.last?.atomClass ?? .ordinary
        default: return .ordinary
        }
    }
}
