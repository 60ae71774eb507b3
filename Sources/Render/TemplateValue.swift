import Mustache

/// A view model that templates read through a table of its fields instead of through reflection:
/// swift-mustache looks every name up with `Mirror` otherwise, which builds all of a value's
/// children on every lookup (and again on every level of the context stack it climbs).
///
/// `fields` must name every stored property (a test compares it with `Mirror`), so a theme can
/// use anything the view has. Each field is written as a key path (`"title": \.title`) and kept
/// as the function it stands for: reading it is a direct call, not a walk of a type-erased key path
/// and a cast, which matters as every page looks up a few hundred names. An optional that is nil
/// reads as missing, as with `Mirror` (a `String?` becomes an `Any?` that is nil).
protocol TemplateValue: MustacheParent {
    typealias Field = @Sendable (Self) -> Any?
    static var fields: [String: Field] { get }
}

extension TemplateValue {
    func child(named name: String) -> Any? {
        guard let field = Self.fields[name] else { return nil }
        return field(self)
    }
}
