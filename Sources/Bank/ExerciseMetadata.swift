/// The YAML front matter of an exercise file.
public struct ExerciseMetadata: Sendable, Hashable, Decodable {
    /// Who may see a thing on the public site.
    public enum Visibility: String, Sendable, Hashable, Decodable, CaseIterable {
        case `public`, `private`
    }

    public var id: String
    public var title: String
    public var topic: String
    public var tags: [String]
    /// `private` exercises never reach the public site.
    public var visibility: Visibility
    /// `public` shows worked solutions on the site; rubrics are never public.
    public var solutions: Visibility
    /// Where the exercise comes from, credits.
    public var source: String?
    /// Parameters, model and computations of a parametrized exercise (empty for a plain one).
    public var declarations: ParameterDeclarations
    /// Where each front-matter key stands in the file.
    public var keyLocations = KeyLocations()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, topic, tags, visibility, solutions, source
        case parameters, derived, constraints, model, compute, results, checks
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decodeSlug(forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        topic = try c.decodeSlug(forKey: .topic)
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        visibility = try c.decodeChoice(forKey: .visibility) ?? .public
        solutions = try c.decodeChoice(forKey: .solutions) ?? .public
        source = try c.decodeIfPresent(String.self, forKey: .source)
        var declarations = ParameterDeclarations()
        declarations.parameters = try c.decodeIfPresent([String: YAMLValue].self, forKey: .parameters) ?? [:]
        declarations.derived = try c.decodeIfPresent([String: String].self, forKey: .derived) ?? [:]
        declarations.constraints = try c.decodeIfPresent([String].self, forKey: .constraints) ?? []
        declarations.model = try c.decodeIfPresent(YAMLValue.self, forKey: .model)
        declarations.compute = try c.decodeIfPresent([String: YAMLValue].self, forKey: .compute) ?? [:]
        declarations.results = try c.decodeIfPresent([String: String].self, forKey: .results) ?? [:]
        declarations.checks = try c.decodeIfPresent([String].self, forKey: .checks) ?? []
        self.declarations = declarations
    }

    /// A plain exercise's metadata (no parameters or computations), as decoding makes it.
    init(id: String, title: String, topic: String, tags: [String], visibility: Visibility, solutions: Visibility, source: String?) {
        self.id = id
        self.title = title
        self.topic = topic
        self.tags = tags
        self.visibility = visibility
        self.solutions = solutions
        self.source = source
        declarations = ParameterDeclarations()
    }

    /// Whether the exercise has parameters or computations, so that variants differ.
    public var isParametrized: Bool { !declarations.isEmpty }
}

extension KeyedDecodingContainer {
    /// Decodes one of a fixed set of words, naming the allowed words when the value is not one.
    func decodeChoice<T: RawRepresentable & CaseIterable>(forKey key: Key) throws -> T? where T.RawValue == String {
        guard let raw = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue)
            throw InvalidValueError(
                codingPath: codingPath + [key],
                message: "`\(key.stringValue)` must be one of \(allowed.map { "`\($0)`" }.joined(separator: ", ")), got `\(raw)`"
                    + Suggestion.hint(for: raw, among: allowed))
        }
        return value
    }
}
