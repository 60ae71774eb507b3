/// LaTeX's size switches (`\tiny` … `\Huge`) and the `\TeX`/`\LaTeX` logos.
extension Parser {
    /// Font sizes relative to `\normalsize`, as LaTeX's 10 pt classes (and MathJax) set them.
    static let sizeSwitches: [String: String] = [
        "tiny": "0.5em", "scriptsize": "0.7em", "footnotesize": "0.8em", "small": "0.9em",
        "normalsize": "1em", "large": "1.2em", "Large": "1.44em", "LARGE": "1.728em",
        "huge": "2.074em", "Huge": "2.488em",
    ]

    /// CSS for a size switch, which applies to the rest of its group.
    static func sizeCSS(_ name: String) -> String? {
        sizeSwitches[name].map { "font-size:" + $0 }
    }

    /// The logos as TeX draws them: the E lowered by half an ex, the letters kerned together.
    static func logo(_ name: String) -> MathNode? {
        func letter(_ c: String) -> MathNode { .identifier(c, upright: true) }
        let tex: [MathNode] = [
            letter("T"), .space("-0.1667em"), .styled(css: "position:relative;top:0.5ex", letter("E")),
            .space("-0.125em"), letter("X"),
        ]
        switch name {
        case "TeX": return .row(tex)
        case "LaTeX":
            let raisedA = MathNode.styled(css: "font-size:0.75em;position:relative;top:-0.3em", letter("A"))
            return .row([letter("L"), .space("-0.36em"), raisedA, .space("-0.15em")] + tex)
        default: return nil
        }
    }

    /// Text-mode spelling of the logos, inside `\text{…}`.
    static let logoText: [String: String] = ["TeX": "TeX", "LaTeX": "LaTeX"]
}
