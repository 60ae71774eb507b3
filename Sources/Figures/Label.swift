import Markup

/// A short label with optional sub- and superscripts: `h^{(t)}`, `x_1`, `10^{-6}`. Written as
/// SVG tspans for the drawing and as plain text (`h(t)`) for the text alternative.
struct Label: Hashable {
    /// A run of text and where it sits.
    struct Run: Hashable {
        enum Position { case base, superscript, `subscript` }
        var text: String
        var position: Position
    }

    var runs: [Run]

    /// Parses `^{…}`, `_{…}`, `^c` and `_c`; everything else is literal.
    init(_ source: String) {
        var runs: [Run] = []
        var base = ""
        var chars = Array(source)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "^" || c == "_", let next = chars.first else { base.append(c); continue }
            var script = ""
            if next == "{" {
                chars = chars.dropFirst()
                while let d = chars.first, d != "}" { script.append(d); chars = chars.dropFirst() }
                chars = chars.dropFirst()
            } else {
                script = String(next)
                chars = chars.dropFirst()
            }
            if !base.isEmpty { runs.append(Run(text: base, position: .base)); base = "" }
            runs.append(Run(text: script, position: c == "^" ? .superscript : .subscript))
        }
        if !base.isEmpty { runs.append(Run(text: base, position: .base)) }
        self.runs = runs
    }

    /// Literal text with no markup.
    init(plain: String) { runs = [Run(text: plain, position: .base)] }

    /// Plain text for titles and `aria-label`s: `h^{(t)}` → `h(t)`, `x_1` → `x1`.
    var plain: String { runs.map(\.text).joined() }

    /// Rough width in user units at a font size, for layout (average glyph ≈ 0.56 em).
    func width(size: Double) -> Double {
        runs.reduce(0) { $0 + Double($1.text.count) * size * ($1.position == .base ? 0.56 : 0.4) }
    }

    /// SVG text content: single Latin letters in italics (variables), scripts as shifted tspans.
    func svg(size: Double) -> String {
        var out = ""
        var shift = 0.0
        for run in runs {
            let text = HTML.escape(run.text)
            let italic = run.text.count == 1 && run.text.first!.isLetter && run.text.first!.isASCII
            let style = italic ? " font-style=\"italic\"" : ""
            let target: Double
            switch run.position {
            case .base: target = 0
            case .superscript: target = -0.38 * size
            case .subscript: target = 0.22 * size
            }
            let dy = target - shift
            shift = target
            let size = run.position == .base ? "" : " font-size=\"70%\""
            if dy == 0, size.isEmpty, !italic {
                out += runs.count == 1 ? text : "<tspan>\(text)</tspan>"
            } else {
                let dyAttribute = dy == 0 ? "" : " dy=\"\(SVGWriter.number(dy))\""
                out += "<tspan\(dyAttribute)\(size)\(style)>\(text)</tspan>"
            }
        }
        return out
    }
}
