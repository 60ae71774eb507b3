/// An accent or stretchy mark placed over or under its argument.
struct Accent: Sendable {
    var mark: String
    var stretchy: Bool
    var above = true
    /// Scripts go under/over the result (`\overbrace{…}^{text}`).
    var takesLimits = false
}

/// `\hat`, `\widehat`, `\overline`, `\underbrace`…
enum Accents {
    static let table: [String: Accent] = [
        "hat": Accent(mark: "^", stretchy: false), "widehat": Accent(mark: "^", stretchy: true),
        "check": Accent(mark: "ˇ", stretchy: false), "widecheck": Accent(mark: "ˇ", stretchy: true),
        "tilde": Accent(mark: "~", stretchy: false), "widetilde": Accent(mark: "~", stretchy: true),
        "bar": Accent(mark: "¯", stretchy: false), "overline": Accent(mark: "‾", stretchy: true),
        "underline": Accent(mark: "‾", stretchy: true, above: false),
        "vec": Accent(mark: "→", stretchy: false), "dot": Accent(mark: "˙", stretchy: false),
        "ddot": Accent(mark: "¨", stretchy: false), "dddot": Accent(mark: "⃛", stretchy: false),
        "acute": Accent(mark: "´", stretchy: false), "grave": Accent(mark: "`", stretchy: false),
        "breve": Accent(mark: "˘", stretchy: false), "mathring": Accent(mark: "˚", stretchy: false),
        "overrightarrow": Accent(mark: "→", stretchy: true), "overleftarrow": Accent(mark: "←", stretchy: true),
        "overleftrightarrow": Accent(mark: "↔", stretchy: true),
        "underrightarrow": Accent(mark: "→", stretchy: true, above: false),
        "underleftarrow": Accent(mark: "←", stretchy: true, above: false),
        "underleftrightarrow": Accent(mark: "↔", stretchy: true, above: false),
        "overbrace": Accent(mark: "⏞", stretchy: true, takesLimits: true),
        "underbrace": Accent(mark: "⏟", stretchy: true, above: false, takesLimits: true),
        "overparen": Accent(mark: "⏜", stretchy: true), "underparen": Accent(mark: "⏝", stretchy: true, above: false),
    ]
}

extension Parser {
    mutating func parseAccent(_ accent: Accent, _ token: Token) -> MathNode {
        let base = parseArgument(for: token)
        let mark = Operator(text: accent.mark, atomClass: .ordinary, stretchy: accent.stretchy)
        let node = MathNode.accent(base: base, mark: mark, above: accent.above)
        return accent.takesLimits ? .limits(base: node, under: nil, over: nil, placement: .always) : node
    }
}
