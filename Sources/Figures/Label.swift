import Markup

/// A short label with optional sub- and superscripts: `h^{(t)}`, `x_1`, `10^{-6}`. Written as
/// SVG tspans for the drawing and as plain text (`h(t)`) for the text alternative.
///
/// Letters are set as the text sets math: a letter that stands alone (`h`, the `t` of `(t)` and of
/// `t-1`) is a variable, in italics; a word (`ReLU`, `tanh`, `Input`) stays upright. A hyphen in a
/// script is a minus sign (`h^{(t-1)}` → h⁽ᵗ⁻¹⁾).
struct Label: Hashable {
    /// A run of text, where it sits and whether it is a variable set in italics.
    struct Run: Hashable {
        enum Position { case base, superscript, `subscript` }
        var text: String
        var position: Position
        var italic = false
    }

    var runs: [Run]

    /// The size of a script relative to the base.
    static let scriptScale = 0.7

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
            runs.append(Run(text: script.replacingOccurrences(of: "-", with: "−"), position: c == "^" ? .superscript : .subscript))
        }
        if !base.isEmpty { runs.append(Run(text: base, position: .base)) }
        self.runs = runs.flatMap(Self.variables)
    }

    /// Literal text with no markup, upright.
    init(plain: String) { runs = [Run(text: plain, position: .base)] }

    /// A run cut where a lone letter (a variable) starts or ends, the letter marked italic.
    private static func variables(in run: Run) -> [Run] {
        let characters = Array(run.text)
        func isVariable(_ i: Int) -> Bool {
            characters[i].isLetter && (i == 0 || !characters[i - 1].isLetter)
                && (i + 1 == characters.count || !characters[i + 1].isLetter)
        }
        var pieces: [Run] = []
        for i in characters.indices {
            let italic = isVariable(i)
            if let last = pieces.last, last.italic == italic {
                pieces[pieces.count - 1].text.append(characters[i])
            } else {
                pieces.append(Run(text: String(characters[i]), position: run.position, italic: italic))
            }
        }
        return pieces
    }

    /// Plain text for titles and `aria-label`s: `h^{(t)}` → `h(t)`, `x_1` → `x1`.
    var plain: String { runs.map(\.text).joined() }

    /// The width in user units at a font size, from the page font's advance widths.
    func width(size: Double) -> Double {
        runs.reduce(0) { total, run in
            total + FontMetrics.width(of: run.text, italic: run.italic) * size * (run.position == .base ? 1 : Self.scriptScale)
        }
    }

    /// SVG text content: variables in italics, scripts as shifted, smaller tspans.
    func svg(size: Double) -> String {
        var out = ""
        var shift = 0.0
        for run in runs {
            let text = HTML.escape(run.text)
            let style = run.italic ? " font-style=\"italic\"" : ""
            let target: Double
            switch run.position {
            case .base: target = 0
            case .superscript: target = -0.38 * size
            case .subscript: target = 0.22 * size
            }
            let dy = target - shift
            shift = target
            let scale = run.position == .base ? "" : " font-size=\"\(Int(Self.scriptScale * 100))%\""
            if dy == 0, scale.isEmpty, !run.italic {
                out += runs.count == 1 ? text : "<tspan>\(text)</tspan>"
            } else {
                let dyAttribute = dy == 0 ? "" : " dy=\"\(SVGWriter.number(dy))\""
                out += "<tspan\(dyAttribute)\(scale)\(style)>\(text)</tspan>"
            }
        }
        return out
    }
}
