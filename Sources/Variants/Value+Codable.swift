/// A value in JSON: a number, an array of numbers, an array of rows, or a string.
extension Value: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let x = try? container.decode(Double.self) { self = .number(x) }
        else if let v = try? container.decode([Double].self) { self = .vector(v) }
        else if let m = try? container.decode([[Double]].self) { self = .matrix(m) }
        else { self = .text(try container.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let x): try container.encode(x)
        case .vector(let v): try container.encode(v)
        case .matrix(let m): try container.encode(m)
        case .text(let t): try container.encode(t)
        }
    }
}
