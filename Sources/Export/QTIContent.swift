import SiteInspection
import TeXMath

/// HTML from the bank's Markdown as the XHTML a QTI 2.1 item body allows: elements QTI knows
/// keep the attributes it allows, the others become `div` or `span` (or are left out when
/// they are form controls), and marked formulas become MathML.
struct QTIContent {
    var math: MathConverter

    /// Block elements QTI 2.1 takes as they are.
    static let blocks: Set<String> = [
        "p", "div", "pre", "blockquote", "address", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    ]
    /// Inline elements QTI 2.1 takes as they are.
    static let inlines: Set<String> = [
        "span", "a", "em", "strong", "code", "b", "i", "sub", "sup", "small", "big", "tt", "kbd", "samp",
        "var", "cite", "q", "abbr", "acronym", "dfn", "br", "img",
    ]
    /// HTML elements that are blocks in HTML but unknown to QTI: they become `div`.
    static let blockLike: Set<String> = ["figure", "figcaption", "section", "article", "aside", "header", "footer", "details", "summary", "main", "nav"]
    /// Form controls (a task list's check boxes): nothing a candidate should see in an item.
    static let dropped: Set<String> = ["input", "button", "select", "textarea", "script", "style", "iframe", "object", "embed"]
    /// The attributes QTI allows, by element; `class` everywhere.
    static let attributes: [String: Set<String>] = [
        "img": ["src", "alt", "width", "height"], "a": ["href"],
        "th": ["rowspan", "colspan", "scope"], "td": ["rowspan", "colspan", "scope"],
    ]

    /// QTI XHTML for an HTML fragment.
    func xhtml(_ html: String) -> String {
        HTMLParser.parseFragment(html).map(serialize).joined()
    }

    private func serialize(_ node: HTMLNode) -> String {
        switch node {
        case .text(let text): return XMLText.escape(text)
        case .element(let element): return serialize(element)
        }
    }

    private func serialize(_ element: HTMLElement) -> String {
        let name = element.name.lowercased()
        if name == MarkedMath.element {
            let tex = element.children.map { node in if case .text(let text) = node { text } else { "" } }.joined()
            return math.convert(tex, display: element["class"] == "block").mathML
        }
        if Self.dropped.contains(name) { return "" }
        let children = element.children.map(serialize).joined()
        let kept = Self.blocks.contains(name) || Self.inlines.contains(name)
        let output = kept ? name : Self.blockLike.contains(name) ? "div" : "span"
        var attributes = element.attributes.filter { key, _ in
            kept && (key == "class" || Self.attributes[name]?.contains(key) == true)
        }
        if output == "img" && attributes["alt"] == nil { attributes["alt"] = "" }
        let attributeText = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(XMLText.escape($0.value))\"" }.joined()
        if output == "img" || output == "br" || output == "hr" { return "<\(output)\(attributeText)/>" }
        return "<\(output)\(attributeText)>\(children)</\(output)>"
    }
}
