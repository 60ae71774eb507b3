import Foundation

/// How a value is written into question text: `[[x]]`, `[[x:.4f]]` (decimals), `[[x:3s]]`
/// (significant figures), `[[x:frac]]` (exact fraction), `[[x:,]]` (thousands separators); vectors
/// and matrices take a layout too, `bmatrix` or `pmatrix` (TeX, a vector as a column), alone or
/// after a number style: `[[W:.2f pmatrix]]`.
public struct ValueFormat: Sendable, Hashable {
    enum Style: Sendable, Hashable {
        case shortest, decimals(Int), significant(Int), fraction, grouped
    }

    var style: Style
    /// The TeX environment of vectors and matrices; nil writes a vector as `(a, b)`.
    var environment: String?

    public static let `default` = ValueFormat(style: .shortest)

    /// Reads a format specifier; nil when it is not one of the known forms.
    public init?(_ spec: String) {
        style = .shortest
        for token in spec.split(separator: " ") {
            switch token {
            case "frac": style = .fraction
            case ",": style = .grouped
            case "tex", "bmatrix": environment = "bmatrix"
            case "pmatrix": environment = "pmatrix"
            case "list": environment = "list"
            default:
                if token.hasPrefix("."), token.hasSuffix("f"), let n = Int(token.dropFirst().dropLast()), (0...12).contains(n) {
                    style = .decimals(n)
                } else if token.hasSuffix("s"), let n = Int(token.dropLast()), (1...15).contains(n) {
                    style = .significant(n)
                } else {
                    return nil
                }
            }
        }
    }

    init(style: Style) { self.style = style }

    public static let specifiers = [".4f (decimals)", "3s (significant figures)", "frac", ", (thousands)", "bmatrix", "pmatrix", "list (a vector without parentheses)"]

    public func format(_ value: Value) -> String {
        switch value {
        case .number(let x): return format(x)
        case .text(let t): return t
        case .vector(let v):
            guard let environment else { return "(" + v.map(format).joined(separator: ", ") + ")" }
            if environment == "list" { return v.map(format).joined(separator: ", ") }
            return "\\begin{\(environment)}" + v.map(format).joined(separator: " \\\\ ") + "\\end{\(environment)}"
        case .matrix(let m):
            let rows = m.map { $0.map(format).joined(separator: " & ") }.joined(separator: " \\\\ ")
            return "\\begin{\(environment ?? "bmatrix")}" + rows + "\\end{\(environment ?? "bmatrix")}"
        }
    }

    func format(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "-∞") }
        switch style {
        case .decimals(let n): return clean(String(format: "%.\(n)f", x))
        case .significant(let n): return clean(Self.significant(x, n))
        case .fraction: return Fraction(x).map(\.description) ?? Self.shortest(x)
        case .grouped: return Self.grouped(x)
        case .shortest: return Self.shortest(x)
        }
    }

    /// "-0.000" reads badly: print it as "0.000".
    private func clean(_ text: String) -> String {
        text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(text.dropFirst()) : text
    }

    /// Whole numbers as integers, others with up to 6 significant digits and no trailing zeros.
    static func shortest(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        var text = significant(x, 6)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func significant(_ x: Double, _ digits: Int) -> String {
        guard x != 0 else { return digits > 1 ? "0." + String(repeating: "0", count: digits - 1) : "0" }
        let magnitude = Int(floor(log10(abs(x))))
        let decimals = max(0, digits - 1 - magnitude)
        if magnitude >= 15 || magnitude < -6 { return String(format: "%.\(digits - 1)e", x) }
        return String(format: "%.\(decimals)f", x)
    }

    static func grouped(_ x: Double) -> String {
        let text = shortest(x)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        var digits = Array(parts[0])
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped
        return (negative ? "-" : "") + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }
}

/// An exact fraction recovered from a Double, when one with a small denominator fits.
struct Fraction: CustomStringConvertible {
    var numerator: Int
    var denominator: Int

    init?(_ x: Double, maxDenominator: Int = 1000) {
        guard abs(x) < 1e15 else { return nil }
        for d in 1...maxDenominator {
            let n = (x * Double(d)).rounded()
            if abs(n / Double(d) - x) <= 1e-12 * max(1, abs(x)) {
                numerator = Int(n)
                denominator = d
                return
            }
        }
        return nil
    }

    var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }
}
