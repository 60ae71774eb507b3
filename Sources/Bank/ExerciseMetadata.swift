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
    /// Where each front-matter key stands in the file.
    public var keyLocations = KeyLocations()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, topic, tags, visibility, solutions, source
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
    }
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
