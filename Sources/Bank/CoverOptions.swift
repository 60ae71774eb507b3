import Foundation

/// `cover:` of an exam file: what an exam office asks for on the student copy's cover besides the
/// title, date, rules and score table. Every key is optional; without `cover:` the cover has none.
public struct CoverOptions: Sendable, Hashable, Decodable {
    /// The institution's name above the title. `institution: true` takes course.yml's
    /// `institution`; the loader fills that in.
    public var institution: String?
    /// Whether `institution: true` asked for course.yml's institution.
    public var institutionFromCourse = false
    /// A room field: the room printed (`room: Waaier 4`), or left to fill in (`room: true`).
    public var room: CoverField?
    /// A seat field, printed or left to fill in, as `room`.
    public var seat: CoverField?
    /// "This exam has N pages." on the cover, N counted when the copy is printed.
    public var pages = false
    /// A line for the student's signature.
    public var signature = false
    /// A statement the student signs: the language's (`integrity: true`) or the exam's own (Markdown).
    public var integrity: CoverField?

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case institution, room, seat, pages, signature, integrity
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        switch try c.decodeCoverField(forKey: .institution) {
        case .given(let name): institution = name
        case .standard: institutionFromCourse = true
        case nil: break
        }
        room = try c.decodeCoverField(forKey: .room)
        seat = try c.decodeCoverField(forKey: .seat)
        pages = try c.decodeIfPresent(Bool.self, forKey: .pages) ?? false
        signature = try c.decodeIfPresent(Bool.self, forKey: .signature) ?? false
        integrity = try c.decodeCoverField(forKey: .integrity)
    }
}

/// A cover key written as `true` (the standard: a field to fill in, the language's statement) or
/// as a text to print; `false` is the same as leaving the key out.
public enum CoverField: Sendable, Hashable {
    case standard
    case given(String)

    /// The text to print; nil for the standard.
    public var text: String? {
        if case .given(let text) = self { text } else { nil }
    }
}

extension KeyedDecodingContainer {
    /// Decodes `true`, `false` (nil) or a non-empty text.
    func decodeCoverField(forKey key: Key) throws -> CoverField? {
        guard contains(key) else { return nil }
        if let flag = try? decode(Bool.self, forKey: key) { return flag ? .standard : nil }
        guard let text = try? decode(String.self, forKey: key),
              !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InvalidValueError(codingPath: codingPath + [key],
                                    message: "`\(key.stringValue)` is `true`, `false` or a text to print")
        }
        return .given(text)
    }
}
