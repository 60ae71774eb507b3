import Mustache

/// A page's view model taken apart into what decides the layout of its page and what only fills
/// it in, so that pages which differ only in their texts are laid out once (`PageSkeleton`).
///
/// To the templates, a text or a number only prints (swift-mustache treats every one, empty or
/// not, as present in a section; `empty(text)` is the one way to ask of it), while which fields
/// are nil, which texts are empty, every flag and how long each list is decide which sections
/// render: that is the *shape*. Every other text and number is a *slot*, numbered in the order
/// `ViewShape` walks the view, which is the same for every view of a type. The theme's
/// transforms must keep to what the shape decides (`PageSkeleton.fits`). Only the fields whose
/// names the template looks up are walked (`Theme.reads`): an exercise page's topic holds every
/// exercise of the topic, which its template never reads.
struct ViewShape {
    /// The shape, as bytes that are equal exactly when two views have the same shape.
    private(set) var bytes: [UInt8] = []
    /// The slots' texts, in their order.
    private(set) var texts: [String] = []

    private let reads: Set<String>

    /// The shape and texts of `view` as far as a template reading `names` sees it, or nil when
    /// one of those fields holds a value this cannot stand for, which a template might print in
    /// a way that depends on more than its shape.
    init?(of view: some TemplateValue, reading names: Set<String>) {
        reads = names
        bytes.reserveCapacity(4096)
        texts.reserveCapacity(1024)
        guard add(view) else { return nil }
    }

    private mutating func add(_ value: Any?) -> Bool {
        switch ViewValue(value) {
        case .text(let text)?:
            if text.isEmpty { bytes.append(7) } else { bytes.append(0); texts.append(text) }
        case .flag(let flag)?: bytes.append(flag ? 1 : 2)
        case .null?: bytes.append(3)
        case .words?: bytes.append(4)
        case .list(let elements)?:
            bytes.append(5)
            append(elements.count)
            for element in elements { guard add(element) else { return false } }
        case .view(let view)?:
            bytes.append(6)
            append(Int(bitPattern: UInt(bitPattern: view.viewType)))
            return view.allFields { name, value in !reads.contains(name) || add(value) }
        case nil: return false
        }
        return true
    }

    private mutating func append(_ number: Int) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// What the templates read for a view of this shape whose every slot prints its mark
    /// (`PageSkeleton.mark`), numbered as `texts` lists them; `slot` ends as the number of slots.
    static func marked(_ value: Any?, reading names: Set<String>, next slot: inout Int) -> Any {
        switch ViewValue(value) {
        case .text(let text)? where text.isEmpty: return text
        case .text?:
            defer { slot += 1 }
            return PageSkeleton.mark(slot)
        case .flag(let flag)?: return flag
        case .null?, nil: return TemplateNull.value
        case .words(let words)?: return words
        case .list(let elements)?: return elements.map { marked($0, reading: names, next: &slot) }
        case .view(let view)?:
            var fields: [String: Any] = [:]
            _ = view.allFields { name, value in
                if names.contains(name) { fields[name] = marked(value, reading: names, next: &slot) }
                return true
            }
            return MarkedView(fields: fields)
        }
    }
}

/// A value a view's field holds, as far as `ViewShape` tells one from another.
private enum ViewValue {
    /// A text or a number, as the template would print it (`String(describing:)`).
    case text(String)
    case flag(Bool)
    /// A field with nothing in it (`TemplateNull`).
    case null
    case list([Any])
    case view(any ViewFields)
    /// The page's words (`PageView.labels`), the same on every page of one `PageSkeletons`.
    case words([String: String])

    /// nil for a value of any other kind.
    init?(_ value: Any?) {
        guard let value else { self = .null; return }
        switch value {
        case let text as String: self = .text(text)
        case let box as TemplateBox: self = .view(box)
        case let flag as Bool: self = .flag(flag)
        case let number as Int: self = .text(String(describing: number))
        case is TemplateNull: self = .null
        case let list as [Any]: self = .list(list)
        case let view as any TemplateValue: self = .view(view)
        case let words as [String: String]: self = .words(words)
        case let number as Double: self = .text(String(describing: number))
        default: return nil
        }
    }
}

/// A view whose fields can be walked, in the same order each time for a type.
protocol ViewFields {
    var viewType: ObjectIdentifier { get }
    /// Hands `body` each field's name and value until it answers false; false if it did.
    func allFields(_ body: (String, Any?) -> Bool) -> Bool
}

extension TemplateValue {
    var viewType: ObjectIdentifier { ObjectIdentifier(Self.self) }

    func allFields(_ body: (String, Any?) -> Bool) -> Bool {
        // A table's order is the same each time it is walked, so slots are numbered alike.
        for (name, field) in Self.fields where !body(name, field(self)) { return false }
        return true
    }
}

/// A view whose texts are slot marks: found and not found as `TemplateValue.child(named:)` has it.
private struct MarkedView: MustacheParent {
    var fields: [String: Any]

    func child(named name: String) -> Any? {
        fields[name] ?? (name == "labels" ? PageWords.current : nil)
    }
}
