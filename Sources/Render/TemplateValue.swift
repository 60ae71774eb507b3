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

/// A view handed to the templates by reference. swift-mustache casts every object of its context
/// stack to `MustacheParent` each time a name is looked up through it, and a cast copies the value:
/// for a struct of twenty fields, twenty retains and releases and a heap box, on every level
/// a lookup such as `{{labels.answer}}` climbs past. A box is copied as one reference.
///
/// The box is a struct around that reference, not a class: the runtime took twice as long to
/// cast a class instance (to `MustacheCustomRepresentation`, which fails, then to
/// `MustacheParent`) as a struct, about 0.9 µs against 0.4 µs a level, and a page climbs
/// hundreds of levels.
struct TemplateBox: MustacheParent {
    private let lookup: (String) -> Any?

    init<Value: TemplateValue>(_ value: Value) { lookup = value.child(named:) }

    func child(named name: String) -> Any? { lookup(name) }
}

extension TemplateValue {
    /// A field whose view the templates read by reference (`TemplateBox`).
    static func boxed<View: TemplateValue>(_ field: @escaping @Sendable (Self) -> View?) -> Field {
        { field($0).map(TemplateBox.init) }
    }

    /// A field whose list of views the templates read by reference, each in a `TemplateBox`.
    static func boxed<View: TemplateValue>(_ field: @escaping @Sendable (Self) -> [View]) -> Field {
        { field($0).map(TemplateBox.init) }
    }

    /// The view in a `TemplateBox`, as the templates' context.
    var boxed: Any { TemplateBox(self) }
}
