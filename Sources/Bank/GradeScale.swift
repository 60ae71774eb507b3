import Foundation

/// `scale:` in an exam file: how a total of points becomes a grade.
///
/// - `linear`: the Dutch 1–10 scale. A total at the pass mark (`pass_at`, points or a percentage
///   of the exam's total) gets `pass` (5.5); below it the grade runs linearly from `lowest` at 0
///   points, above it up to `highest` at full marks. Grades are rounded to `round` (0.1), half
///   up — except that rounding never lifts a total below the pass mark to a passing grade.
/// - `letters`: bands from the highest down, each with the least total that earns it; the last
///   band must start at 0. Every band but the last passes, unless `pass:` names the lowest
///   passing letter.
public enum GradeScale: Sendable, Hashable, Decodable {
    case linear(Linear)
    case letters(Letters)

    public struct Linear: Sendable, Hashable, Decodable {
        public var lowest: Double = 1
        public var highest: Double = 10
        public var pass: Double = 5.5
        public var passAt: Threshold
        public var round: Double = 0.1

        enum CodingKeys: String, CodingKey, CaseIterable {
            case lowest, highest, pass, round
            case passAt = "pass_at"
        }

        public init(lowest: Double = 1, highest: Double = 10, pass: Double = 5.5, passAt: Threshold, round: Double = 0.1) {
            self.lowest = lowest
            self.highest = highest
            self.pass = pass
            self.passAt = passAt
            self.round = round
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            lowest = try c.decodeIfPresent(Double.self, forKey: .lowest) ?? 1
            highest = try c.decodeIfPresent(Double.self, forKey: .highest) ?? 10
            pass = try c.decodeIfPresent(Double.self, forKey: .pass) ?? 5.5
            round = try c.decodeIfPresent(Double.self, forKey: .round) ?? 0.1
            passAt = try c.decodeThreshold(forKey: .passAt)
            guard lowest.isFinite, highest.isFinite, pass.isFinite, lowest < pass, pass < highest else {
                throw InvalidValueError(codingPath: c.codingPath,
                                        message: "a linear scale needs lowest < pass < highest, got \(lowest), \(pass), \(highest)")
            }
            guard round.isFinite, round > 0, round <= highest - lowest else {
                throw InvalidValueError(codingPath: c.codingPath + [CodingKeys.round],
                                        message: "`round` must be a positive step such as 0.1 or 0.5, got \(round)")
            }
        }
    }

    public struct Letters: Sendable, Hashable, Decodable {
        public struct Band: Sendable, Hashable, Decodable {
            public var grade: String
            public var from: Threshold

            enum CodingKeys: String, CodingKey, CaseIterable { case grade, from }

            public init(grade: String, from: Threshold) {
                self.grade = grade
                self.from = from
            }

            public init(from decoder: any Decoder) throws {
                let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
                grade = try c.decode(String.self, forKey: .grade)
                from = try c.decodeThreshold(forKey: .from)
            }
        }

        /// Highest first.
        public var bands: [Band]
        /// The lowest passing grade.
        public var pass: String

        public init(bands: [Band], pass: String? = nil) {
            self.bands = bands
            self.pass = pass ?? bands.dropLast().last?.grade ?? bands.last?.grade ?? ""
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case linear, letters, pass }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        switch (c.contains(.linear), c.contains(.letters)) {
        case (true, false):
            guard !c.contains(.pass) else {
                throw InvalidValueError(codingPath: c.codingPath + [CodingKeys.pass], message: "`pass` of a linear scale goes inside `linear:`")
            }
            self = .linear(try c.decode(Linear.self, forKey: .linear))
        case (false, true):
            let bands = try c.decode([Letters.Band].self, forKey: .letters)
            let path = c.codingPath + [CodingKeys.letters]
            guard !bands.isEmpty else { throw InvalidValueError(codingPath: path, message: "`letters` needs at least one band") }
            for (index, band) in bands.enumerated().dropFirst() where !(band.from < bands[index - 1].from) {
                throw InvalidValueError(codingPath: path + [AnyCodingKey(intValue: index)],
                                        message: "band `\(band.grade)` must start below band `\(bands[index - 1].grade)`: list the bands from the highest down")
            }
            guard bands.last!.from.isZero else {
                throw InvalidValueError(codingPath: path + [AnyCodingKey(intValue: bands.count - 1)],
                                        message: "the lowest band must start at 0, so that every total gets a grade")
            }
            let pass = try c.decodeIfPresent(String.self, forKey: .pass)
            if let pass, !bands.contains(where: { $0.grade == pass }) {
                throw InvalidValueError(codingPath: c.codingPath + [CodingKeys.pass],
                                        message: "`pass` must name one of the bands (\(bands.map(\.grade).joined(separator: ", "))), got `\(pass)`")
            }
            self = .letters(Letters(bands: bands, pass: pass))
        default:
            throw InvalidValueError(codingPath: c.codingPath, message: "a grade scale is `linear:` or `letters:`, exactly one of them")
        }
    }
}

/// A number of points, or a percentage of the exam's total (`55%`).
public enum Threshold: Sendable, Hashable, Comparable {
    case points(Double)
    case percent(Double)

    /// The threshold in points for an exam of `total` points.
    public func points(of total: Double) -> Double {
        switch self {
        case .points(let points): points
        case .percent(let percent): percent / 100 * total
        }
    }

    var isZero: Bool { points(of: 1) == 0 }

    public static func < (a: Threshold, b: Threshold) -> Bool {
        switch (a, b) {
        case let (.points(x), .points(y)), let (.percent(x), .percent(y)): x < y
        // Mixed kinds compare on a 100-point exam; the exam's total decides at grading.
        default: a.points(of: 100) < b.points(of: 100)
        }
    }

    /// Parses `22`, `22.5` or `55%`.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            guard let value = Double(trimmed.dropLast()), value.isFinite, (0...100).contains(value) else { return nil }
            self = .percent(value)
        } else {
            guard let value = Double(trimmed), value.isFinite, value >= 0 else { return nil }
            self = .points(value)
        }
    }
}

extension KeyedDecodingContainer {
    func decodeThreshold(forKey key: Key) throws -> Threshold {
        let text = try decode(String.self, forKey: key)
        guard let threshold = Threshold(text) else {
            throw InvalidValueError(codingPath: codingPath + [key],
                                    message: "`\(key.stringValue)` must be points (`22`) or a percentage of the total (`55%`), got `\(text)`")
        }
        return threshold
    }
}
