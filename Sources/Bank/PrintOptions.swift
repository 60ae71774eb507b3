/// The paper an exam is printed on (`paper:` in an exam file).
public enum Paper: String, Sendable, Hashable, CaseIterable, Codable {
    case a4, letter

    /// The value of a CSS `@page { size: … }` rule.
    public var cssSize: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }
}

/// Room left for the student's answer after a part's question, in the student copy only
/// (`space:` of an exam's exercise entry): ruled lines, or an empty box of a given height.
public enum AnswerSpace: Sendable, Hashable, CustomStringConvertible {
    /// `8 lines`: that many ruled lines.
    case lines(Int)
    /// `6cm`, `60mm`, `2.5in`: a box that tall.
    case box(value: Double, unit: String)
    /// `auto`: ruled lines by the part's points (`sized(for:)`), for an exam that gives room for
    /// every answer without sizing each.
    case auto

    /// At most this much fits on a page with the question above it.
    static let maxLines = 40
    static let maxHeightInCm = 22.0
    static let units: [String: Double] = ["cm": 1, "mm": 0.1, "in": 2.54]

    /// `auto` gives this many ruled lines per point, at least `autoMinimum`, at most `maxLines`.
    public static let linesPerPoint = 3
    public static let autoMinimum = 3

    /// Parses `8 lines`, `1 line`, `6cm`, `6 cm`, `60mm`, `2.5in`, `auto`; nil otherwise.
    public init?(_ text: String) {
        if text == "auto" {
            self = .auto
            return
        }
        let words = text.split(separator: " ").map(String.init)
        if words.count == 2, words[1] == "lines" || words[1] == "line", let count = Int(words[0]) {
            guard (1...Self.maxLines).contains(count) else { return nil }
            self = .lines(count)
            return
        }
        let joined = words.joined()
        guard let unit = Self.units.keys.first(where: { joined.hasSuffix($0) }),
              let value = Double(joined.dropLast(unit.count)), value > 0,
              value * Self.units[unit]! <= Self.maxHeightInCm else { return nil }
        self = .box(value: value, unit: unit)
    }

    /// The space a part worth `points` gets: `auto` becomes \(linesPerPoint) ruled lines a point
    /// (rounded up, between \(autoMinimum) and \(maxLines)); any other space is itself.
    public func sized(for points: Points) -> AnswerSpace {
        guard case .auto = self else { return self }
        let halves = min(points.halves, 2 * Self.maxLines)
        return .lines(min(max((halves * Self.linesPerPoint + 1) / 2, Self.autoMinimum), Self.maxLines))
    }

    /// How to write a valid value, for error messages.
    static let syntax = "a number of ruled lines (`8 lines`, at most \(maxLines)), a height in cm, mm or in (`6cm`, at most \(Int(maxHeightInCm))cm) or `auto` (\(linesPerPoint) lines a point)"

    public var description: String {
        switch self {
        case .lines(let count): "\(count) line\(count == 1 ? "" : "s")"
        case .box(let value, let unit):
            value == value.rounded() ? "\(Int(value))\(unit)" : "\(value)\(unit)"
        case .auto: "auto"
        }
    }
}

/// `space:` of an exam entry: one value for every part (`space: 6 lines`) or one per part label
/// (`space: {a: 6cm, b: 8 lines}`).
public enum AnswerSpaceSpec: Sendable, Hashable {
    case all(AnswerSpace)
    case parts([String: AnswerSpace])

    /// The space for one part, if any.
    public func space(for label: String) -> AnswerSpace? {
        switch self {
        case .all(let space): space
        case .parts(let spaces): spaces[label]
        }
    }

    /// The part labels named, in order.
    public var labels: [String] {
        if case .parts(let spaces) = self { spaces.keys.sorted() } else { [] }
    }
}

extension KeyedDecodingContainer {
    /// Decodes `space:`: a single value or a mapping from part label to value.
    func decodeAnswerSpace(forKey key: Key) throws -> AnswerSpaceSpec? {
        guard contains(key) else { return nil }
        func parse(_ text: String, _ path: [any CodingKey]) throws -> AnswerSpace {
            guard let space = AnswerSpace(text) else {
                throw InvalidValueError(codingPath: path, message: "`space` must be \(AnswerSpace.syntax), got `\(text)`")
            }
            return space
        }
        if let text = try? decode(String.self, forKey: key) {
            return .all(try parse(text, codingPath + [key]))
        }
        let map = try decode([String: String].self, forKey: key)
        var spaces: [String: AnswerSpace] = [:]
        for (label, text) in map {
            spaces[label] = try parse(text, codingPath + [key, AnyCodingKey(stringValue: label)])
        }
        return .parts(spaces)
    }
}
