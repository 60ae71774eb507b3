import Foundation

/// The line of a numeric answer: the value, `[[expression]]` or a literal number, then its
/// tolerance — `± 0.01` (or `+- 0.01`), `± 2%`, `(3 significant figures)`, or nothing for exact.
struct NumericLine {
    var value: MarkdownText
    var tolerance: Tolerance

    /// A line that does not read, as a located error.
    struct Problem: Error {
        var diagnostic: Diagnostic
    }

    static let form = "`[[value]] ± 0.01`, `[[value]] ± 2%` or `[[value]] (3 significant figures)`"

    /// Reads `line`, which starts at `location`; a problem is a message with the column it is at.
    static func parse(_ line: Substring, at location: SourceLocation) -> Result<NumericLine, Problem> {
        func failure(_ offset: Int, _ message: String) -> Result<NumericLine, Problem> {
            var at = location
            at.column += offset
            return .failure(Problem(diagnostic: .error(at: at, message)))
        }
        let leading = line.prefix { $0 == " " }.count
        let trimmed = line.dropFirst(leading).trimmingCharacters(in: .whitespaces)
        guard let match = trimmed.prefixMatch(of: /\[\[[^\n]*?\]\]|[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/) else {
            return failure(leading, "a numeric answer starts with its value, `[[name]]` or a number, such as \(form); got `\(trimmed)`")
        }
        var valueLocation = location
        valueLocation.column += leading
        let value = MarkdownText(String(match.0), at: valueLocation)
        let rest = trimmed[match.range.upperBound...]
        let restOffset = leading + trimmed.distance(from: trimmed.startIndex, to: match.range.upperBound)
        let spec = rest.trimmingCharacters(in: .whitespaces)
        let specOffset = restOffset + rest.prefix { $0 == " " }.count
        if spec.isEmpty { return .success(NumericLine(value: value, tolerance: .absolute(0))) }
        if let figures = spec.wholeMatch(of: /,?\s*\(?\s*(\d+)\s+significant\s+figures?\s*\)?/) {
            guard let count = Int(figures.1), (1...15).contains(count) else {
                return failure(specOffset, "`\(spec)`: significant figures are a whole number from 1 to 15")
            }
            return .success(NumericLine(value: value, tolerance: .significantFigures(count)))
        }
        guard let plusMinus = spec.wholeMatch(of: /(?:±|\+-|\+\/-)\s*(\S+?)(%?)/) else {
            return failure(specOffset, "cannot read the tolerance `\(spec)`; write \(form)")
        }
        guard let amount = Double(plusMinus.1), amount.isFinite, amount >= 0 else {
            return failure(specOffset, "the tolerance `\(spec)` is not a number ≥ 0; write \(form)")
        }
        if plusMinus.2.isEmpty { return .success(NumericLine(value: value, tolerance: .absolute(amount))) }
        guard amount < 100 else {
            return failure(specOffset, "a relative tolerance of `\(spec)` accepts any answer of the right sign; use less than 100%")
        }
        return .success(NumericLine(value: value, tolerance: .relative(amount / 100)))
    }
}
