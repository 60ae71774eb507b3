/// What in a page can run code or send the reader elsewhere without a click on a plain link:
/// event-handler attributes and `javascript:`, `vbscript:` and `data:` URLs. The raw-HTML filter
/// removes them and `sitegen check --links` reports them.
public enum ActiveContent {
    /// Attributes that hold a URL.
    public static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "poster", "background", "cite", "data",
        "srcset", "longdesc", "lowsrc", "dynsrc", "ping", "manifest", "codebase", "archive", "usemap",
    ]

    /// `onclick`, `onerror`, … in any case.
    public static func isEventHandler(_ attribute: String) -> Bool {
        attribute.lowercased().hasPrefix("on")
    }

    /// Whether a URL would run script or load inline content: its scheme, read as a browser
    /// reads it (case-insensitive, tabs, line breaks and leading control characters and spaces
    /// ignored), is `javascript`, `vbscript` or `data`.
    public static func isDangerousURL(_ url: String) -> Bool {
        let scheme = String(String.UnicodeScalarView(url.unicodeScalars
            .drop { $0.value <= 0x20 }
            .filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            .prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" }))
        return ["javascript", "vbscript", "data"].contains(scheme.lowercased())
            && url.unicodeScalars.contains(":")
    }

    /// What is active about one element, as messages; empty when nothing is.
    public static func problems(in element: HTMLElement) -> [String] {
        var problems: [String] = []
        for (name, value) in element.attributes.sorted(by: { $0.key < $1.key }) {
            if isEventHandler(name) {
                problems.append("<\(element.name)> has an event handler `\(name)`")
            } else if urlAttributes.contains(name.lowercased()), isDangerousURL(value) {
                problems.append("<\(element.name) \(name)> is a dangerous URL `\(value.prefix(40))`")
            }
        }
        if element.name == "meta", element["http-equiv"]?.lowercased() == "refresh" {
            problems.append("<meta http-equiv=\"refresh\"> sends the reader elsewhere")
        }
        return problems
    }
}
