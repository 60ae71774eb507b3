/// `QuestionBank/course.yml`: the course and its ordered topics.
public struct Course: Sendable, Hashable, Decodable {
    public var title: String
    public var code: String
    public var institution: String?
    public var language: String
    public var description: String?
    public var topics: [Topic]
    /// TeX `\newcommand` definitions available to every formula of the course.
    public var macros: [String]
    /// Printed words that replace those of the course's language file (`labels: {exercise: Opdracht}`).
    public var labels: [String: YAMLValue]
    /// `raw_html: true`: the author's own HTML in Markdown reaches pages, cut down to an
    /// allow-list (no scripts, event handlers, frames, forms …); by default it is dropped.
    public var rawHTML: Bool
    /// Where each key stands in course.yml (`macros[0]`).
    public var keyLocations = KeyLocations()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, code, institution, language, description, topics, macros, labels
        case rawHTML = "raw_html"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        code = try c.decode(String.self, forKey: .code)
        institution = try c.decodeIfPresent(String.self, forKey: .institution)
        language = try c.decodeIfPresent(String.self, forKey: .language) ?? "en"
        description = try c.decodeIfPresent(String.self, forKey: .description)
        topics = try c.decode([Topic].self, forKey: .topics)
        for (index, topic) in topics.enumerated() where topics[..<index].contains(where: { $0.slug == topic.slug }) {
            throw InvalidValueError(codingPath: c.codingPath + [CodingKeys.topics, AnyCodingKey(intValue: index), AnyCodingKey(stringValue: "slug")],
                                    message: "topic `\(topic.slug)` is listed twice; every topic needs its own slug")
        }
        macros = try c.decodeIfPresent([String].self, forKey: .macros) ?? []
        labels = try c.decodeIfPresent([String: YAMLValue].self, forKey: .labels) ?? [:]
        rawHTML = try c.decodeIfPresent(Bool.self, forKey: .rawHTML) ?? false
    }

    public func topic(_ slug: String) -> Topic? { topics.first { $0.slug == slug } }
}

/// A topic of the course; exercises belong to one.
public struct Topic: Sendable, Hashable, Decodable {
    public var slug: String
    public var title: String
    public var description: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case slug, title, description
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        slug = try c.decodeSlug(forKey: .slug)
        title = try c.decode(String.self, forKey: .title)
        description = try c.decodeIfPresent(String.self, forKey: .description)
    }
}
