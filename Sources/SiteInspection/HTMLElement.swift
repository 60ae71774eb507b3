/// A node of parsed HTML.
public enum HTMLNode: Sendable, Hashable {
    case element(HTMLElement)
    case text(String)
}

/// An element of parsed HTML, with the queries tests and link checks need.
public struct HTMLElement: Sendable, Hashable {
    public var name: String
    public var attributes: [String: String]
    public var children: [HTMLNode]

    public init(name: String, attributes: [String: String], children: [HTMLNode]) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    public subscript(attribute: String) -> String? { attributes[attribute] }

    public var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    public func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// Child elements, in order.
    public var elements: [HTMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// All elements below this one, depth first, in document order.
    public var descendants: [HTMLElement] {
        elements.flatMap { [$0] + $0.descendants }
    }

    /// Descendants with a tag name, and optionally a class.
    public func all(_ name: String, class className: String? = nil) -> [HTMLElement] {
        descendants.filter { $0.name == name && (className.map($0.hasClass) ?? true) }
    }

    /// The first descendant with this `id`.
    public func element(id: String) -> HTMLElement? { descendants.first { $0["id"] == id } }

    /// The text content, with runs of white space folded to one space and trimmed.
    public var text: String {
        rawText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private var rawText: String {
        children.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): " " + element.rawText + " "
            }
        }.joined()
    }
}
