/// A key present in YAML that the type does not know.
struct UnknownKeyError: Error {
    var codingPath: [any CodingKey]
    var key: String
    var allowed: [String]
}

/// A value of the right type that breaks a rule of the bank format.
struct InvalidValueError: Error {
    var codingPath: [any CodingKey]
    var message: String
}

struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = "\(intValue)"; self.intValue = intValue }
}

extension Decoder {
    /// A keyed container that rejects keys the type does not declare, so that typos are errors.
    func strictContainer<Key: CodingKey & CaseIterable>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let allowed = Key.allCases.map(\.stringValue)
        let present = try container(keyedBy: AnyCodingKey.self)
        for key in present.allKeys where !allowed.contains(key.stringValue) {
            throw UnknownKeyError(codingPath: codingPath + [key], key: key.stringValue, allowed: allowed)
        }
        return try container(keyedBy: type)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a slug (`[a-z0-9-]+`), the form ids and topic names take in the bank.
    func decodeSlug(forKey key: Key) throws -> String {
        let value = try decode(String.self, forKey: key)
        guard Slug.isValid(value) else {
            throw InvalidValueError(
                codingPath: codingPath + [key],
                message: "`\(key.stringValue)` must be lowercase letters, digits and hyphens, got `\(value)`")
        }
        return value
    }

    /// Decodes points written as a whole or half number.
    func decodePoints(forKey key: Key) throws -> Points {
        let text = try decode(String.self, forKey: key)
        guard let points = Points(text), points > .zero else {
            throw InvalidValueError(
                codingPath: codingPath + [key],
                message: "`\(key.stringValue)` must be a positive whole or half number of points, got `\(text)`")
        }
        return points
    }
}

/// Ids and slugs: lowercase letters, digits and hyphens.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
