import SiteInspection

extension HTMLNode {
    /// The node as HTML: text escaped, attributes sorted by name and quoted.
    var html: String {
        switch self {
        case .text(let text): HTML.escape(text)
        case .element(let element): element.html
        }
    }
}

extension HTMLElement {
    /// Elements that have no end tag.
    static let void: Set<String> = ["area", "br", "col", "hr", "img", "input", "source", "track", "wbr"]

    /// The element as HTML: text escaped, attributes sorted by name and quoted.
    var html: String {
        let attributeText = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(HTML.escape($0.value))\"" }.joined()
        if Self.void.contains(name) { return "<\(name)\(attributeText)>" }
        return "<\(name)\(attributeText)>" + children.map(\.html).joined() + "</\(name)>"
    }
}
