/// Free-form YAML kept as written (scalars as text), for parts of the bank that another stage
/// interprets, such as parameter definitions and model specs.
public indirect enum YAMLValue: Sendable, Hashable, Decodable, CustomStringConvertible {
    case scalar(String)
    case sequence([YAMLValue])
    /// Keys in sorted order, so everything built from it is deterministic.
    case mapping([String: YAMLValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .scalar(text)
        } else if let list = try? container.decode([YAMLValue].self) {
            self = .sequence(list)
        } else {
            self = .mapping(try container.decode([String: YAMLValue].self))
        }
    }

    public var scalar: String? { if case .scalar(let text) = self { text } else { nil } }
    public var sequence: [YAMLValue]? { if case .sequence(let list) = self { list } else { nil } }
    public var mapping: [String: YAMLValue]? { if case .mapping(let map) = self { map } else { nil } }

    public subscript(key: String) -> YAMLValue? { mapping?[key] }

    /// YAML-like text, for error messages.
    public var description: String {
        switch self {
        case .scalar(let text): text
        case .sequence(let list): "[" + list.map(\.description).joined(separator: ", ") + "]"
        case .mapping(let map): "{" + map.keys.sorted().map { "\($0): \(map[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}

/// The parametrized part of an exercise's front matter, kept as written; the Variants library
/// samples the parameters, runs the computations on the engine and checks the results.
public struct ParameterDeclarations: Sendable, Hashable {
    /// Name → definition (`{choose: […]}`, `{integer: [1, 3]}`, `{real: […], step: …}`, …).
    public var parameters: [String: YAMLValue] = [:]
    /// Name → expression over parameters.
    public var derived: [String: String] = [:]
    /// Expressions that every sample must satisfy.
    public var constraints: [String] = []
    /// The network the computations run on.
    public var model: YAMLValue?
    /// Name → computation on the engine.
    public var compute: [String: YAMLValue] = [:]
    /// Name → expression over parameters, derived and computed values, evaluated after the
    /// computations: values formed from computed ones (det J, f(w₅)), named for `answers.json`.
    public var results: [String: String] = [:]
    /// Closed-form expectations, `name == expression`, checked against the engine's values.
    public var checks: [String] = []

    public init() {}

    public var isEmpty: Bool {
        parameters.isEmpty && derived.isEmpty && model == nil && compute.isEmpty && results.isEmpty
    }
}
