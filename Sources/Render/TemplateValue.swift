import Mustache

/// A view model that templates read through a table of its fields instead of through reflection:
/// swift-mustache looks every name up with `Mirror` otherwise, which builds all of a value's
/// children on every lookup (and again on every level of the context stack it climbs).
///
/// `fields` must name every stored property (a test compares it with `Mirror`), so a theme can
/// use anything the view has. Each field is written as a closure (`"title": { $0.title }`):
/// reading it is a direct call. A key path (`\.title`) turned into a function still projects
/// through its key path object on every read, which both cores retain and release: 5–8 % more
/// CPU for a 1000-variant build, as every exam document reads a thousand fields.
///
/// A field that is nil (an optional with nothing in it) is found, and empty: as the Mustache
/// spec has it, a name found in a context is not looked up further out, so a part without a
/// title does not print its exercise's, and the lookup stops there rather than climbing the
/// whole context stack, which about half the lookups of an exam document did.
protocol TemplateValue: MustacheParent, ViewFields {
    typealias Field = @Sendable (Self) -> Any?
    static var fields: [String: Field] { get }
}

extension TemplateValue {
    func child(named name: String) -> Any? {
        guard let field = Self.fields[name] else { return name == "labels" ? PageWords.current : nil }
        return field(self) ?? TemplateNull.value
    }
}

/// The words of the page being rendered (`PageView.labels`), which every view inside it answers
/// for `labels` as the page itself would once the lookup had climbed down to it: `{{labels.…}}`
/// is the name templates look up most, and from a grading table's cell it climbed five views,
/// a cast at each, a fifth of the lookups of an exam document.
enum PageWords {
    @TaskLocal static var current: [String: String]?
}

/// A field with nothing in it: renders as nothing, and a section over it as absent.
struct TemplateNull: MustacheCustomRenderable {
    static let value = TemplateNull()
    var renderText: String { "" }
    var isNull: Bool { true }
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
    private let reference: any ViewReference

    init<Value: TemplateValue>(_ value: Value) { reference = StoredView(value) }

    func child(named name: String) -> Any? { reference.child(named: name) }
}

extension TemplateBox: ViewFields {
    var viewType: ObjectIdentifier { reference.viewType }
    func allFields(_ body: (String, Any?) -> Bool) -> Bool { reference.allFields(body) }
}

/// The one heap object of a `TemplateBox`: its view, answering through a class's own methods.
private protocol ViewReference: AnyObject, ViewFields {
    func child(named name: String) -> Any?
}

private final class StoredView<Value: TemplateValue>: ViewReference {
    let value: Value

    init(_ value: Value) { self.value = value }

    func child(named name: String) -> Any? { value.child(named: name) }
    var viewType: ObjectIdentifier { value.viewType }
    func allFields(_ body: (String, Any?) -> Bool) -> Bool { value.allFields(body) }
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
