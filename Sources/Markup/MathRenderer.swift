/// Turns one formula into HTML. The site plugs in TeX → MathML; the default keeps the TeX visible.
public protocol MathRenderer: Sendable {
    /// HTML for the formula, and warnings located within the TeX (1-based line and column).
    func render(_ tex: String, display: Bool) -> (html: String, warnings: [MarkupWarning])
}

/// Shows the TeX source itself, escaped, in `<span class="math">` or `<div class="math display">`.
public struct TeXSourceMathRenderer: MathRenderer {
    public init() {}

    public func render(_ tex: String, display: Bool) -> (html: String, warnings: [MarkupWarning]) {
        let escaped = HTML.escape(tex)
        return (display ? "<div class=\"math display\">\(escaped)</div>" : "<span class=\"math\">\(escaped)</span>", [])
    }
}
