import Markup

/// Formulas for an LMS whose MathJax filter typesets them (Moodle, Canvas): the TeX itself,
/// escaped, between `\(` `\)` or `\[` `\]`.
struct TeXDelimitedMath: MathRenderer {
    func render(_ tex: String, display: Bool) -> (html: String, warnings: [MarkupWarning]) {
        let escaped = HTML.escape(tex)
        return (display ? "<p>\\[\(escaped)\\]</p>" : "\\(\(escaped)\\)", [])
    }
}

/// Formulas for QTI: a marker element holding the TeX, which `QTIContent` replaces by MathML
/// once the HTML around it has been made QTI's XHTML.
struct MarkedMath: MathRenderer {
    static let element = "sitegen-math"

    func render(_ tex: String, display: Bool) -> (html: String, warnings: [MarkupWarning]) {
        ("<\(Self.element) class=\"\(display ? "block" : "inline")\">\(HTML.escape(tex))</\(Self.element)>", [])
    }
}
