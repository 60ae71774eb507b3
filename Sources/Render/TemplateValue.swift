import Mustache

/// A view model that templates read through a table of its fields instead of through reflection:
/// swift-mustache looks every name up with `Mirror` otherwise, which builds all of a value's
/// children on every lookup (and again on every level of the context stack it climbs).
///
/// `fields` must name every stored property (a test compares it with `Mirror`), so a theme can
/// use anything the view has. An optional that is nil reads as missing, as with `Mirror`.
protocol TemplateValue: MustacheParent {
    typealias Field = PartialKeyPath<Self> & Sendable
    static var fields: [String: Field] { get }
}

extension TemplateValue {
    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else { return nil }
        let value = self[keyPath: path]
        if let optional = value as? any OptionalValue { return optional.wrapped }
        return value
    }
}

/// Lets `TemplateValue` see through an optional held as `Any`.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { self.map { $0 } }
}
