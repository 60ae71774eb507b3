import SiteInspection

/// What of a bank author's own HTML (`raw_html: true` in course.yml) may reach a page: a small
/// allow-list of elements and attributes, applied to the fragment as a browser parses it
/// (libxml2's HTML parser). Anything else goes: unknown elements keep only their text; scripts,
/// styles, frames, plug-ins, forms' controls, `meta` and `base` go with their content; event
/// handlers and `javascript:`/`vbscript:`/`data:` URLs go always.
enum RawHTMLFilter {
    /// Elements kept, with the attributes each may carry besides the global ones.
    static let elements: [String: Set<String>] = [
        "p": [], "br": [], "hr": [], "div": [], "span": [], "blockquote": ["cite"], "pre": ["lang"], "code": [],
        "h4": [], "h5": [], "h6": [], "em": [], "strong": [], "b": [], "i": [], "u": [], "s": [], "del": [],
        "ins": [], "mark": [], "small": [], "sub": [], "sup": [], "kbd": [], "samp": [], "var": [], "abbr": [],
        "cite": [], "q": ["cite"], "dfn": [], "time": ["datetime"],
        "ul": [], "ol": ["start", "reversed"], "li": ["value"], "dl": [], "dt": [], "dd": [],
        "table": [], "caption": [], "thead": [], "tbody": [], "tfoot": [], "tr": [],
        "th": ["align", "colspan", "rowspan", "scope"], "td": ["align", "colspan", "rowspan"], "colgroup": [], "col": ["span"],
        "a": ["href", "name"], "img": ["src", "alt", "width", "height"],
        "figure": [], "figcaption": [], "details": ["open"], "summary": [], "section": [],
        "input": ["type", "checked", "disabled"],
    ]
    /// Attributes any kept element may carry; `data-footnote…` comes from cmark-gfm's footnotes.
    static let global: Set<String> = ["id", "class", "title", "lang", "dir", "data-footnotes", "data-footnote-ref",
                                      "data-footnote-backref", "data-footnote-backref-idx", "aria-label", "aria-hidden"]
    /// Elements removed together with everything inside them.
    static let removedWithContent: Set<String> = [
        "script", "style", "meta", "base", "link", "title", "iframe", "frame", "frameset", "object", "embed",
        "applet", "noscript", "noembed", "noframes", "template", "textarea", "select", "button", "svg", "math",
        "xmp", "plaintext", "audio", "video", "canvas", "head",
    ]

    /// The fragment with only what the allow-list keeps, as HTML.
    static func filter(_ html: String) -> String {
        HTMLParser.parseFragment(html).flatMap(kept).map(\.html).joined()
    }

    static func kept(_ node: HTMLNode) -> [HTMLNode] {
        guard case .element(let element) = node else { return [node] }
        let name = element.name.lowercased()
        if removedWithContent.contains(name) { return [] }
        let children = element.children.flatMap(kept)
        guard let allowed = elements[name] else { return children }
        if name == "input", element["type"]?.lowercased() != "checkbox" { return [] }
        var attributes: [String: String] = [:]
        for (attribute, value) in element.attributes {
            let key = attribute.lowercased()
            guard global.contains(key) || allowed.contains(key), !ActiveContent.isEventHandler(key) else { continue }
            if ActiveContent.urlAttributes.contains(key), ActiveContent.isDangerousURL(value) { continue }
            attributes[key] = value
        }
        return [.element(HTMLElement(name: name, attributes: attributes, children: children))]
    }
}
