import Bank

/// A value under `model:` or `compute:`, compiled once at load: each scalar already parsed as an
/// expression, each list entry and key with the place in the file where it stands.
struct SpecValue: Sendable {
    enum Form: Sendable {
        /// A scalar as written, and the expression it reads as (words such as `relu` read as names).
        case scalar(String, Result<Expression, ExpressionError>)
        case list([SpecValue])
        case keys([String: SpecValue])
    }

    var form: Form
    /// Where the key naming this value (or the list entry) stands.
    var location: SourceLocation
    /// Its dotted path in the front matter, `model.layers[1].conv2d.kernel`.
    var path: String

    /// Compiles `yaml`, which stands at `path` of an exercise's front matter.
    init(_ yaml: YAMLValue, path: String, locations: KeyLocations) {
        self.path = path
        location = locations[path]
        switch yaml {
        case .scalar(let text):
            form = .scalar(text, Result { () throws(ExpressionError) in try Expression.parse(text) })
        case .sequence(let items):
            form = .list(items.enumerated().map { SpecValue($1, path: "\(path)[\($0)]", locations: locations) })
        case .mapping(let map):
            form = .keys(map.reduce(into: [:]) { $0[$1.key] = SpecValue($1.value, path: "\(path).\($1.key)", locations: locations) })
        }
    }

    init(form: Form, location: SourceLocation, path: String) {
        self.form = form
        self.location = location
        self.path = path
    }

    var text: String? { if case .scalar(let text, _) = form { text } else { nil } }
    var list: [SpecValue]? { if case .list(let items) = form { items } else { nil } }
    var keys: [String: SpecValue]? { if case .keys(let map) = form { map } else { nil } }
    subscript(key: String) -> SpecValue? { keys?[key] }

    /// The single `kind: options` of a layer, a loss or a computation.
    var single: (kind: String, options: SpecValue)? {
        guard let map = keys, map.count == 1, let (kind, options) = map.first else { return nil }
        return (kind, options)
    }
}
