import Foundation

/// Where the correct option of single-choice questions lands over many draws or variants, against
/// what a fair shuffle gives: each draw spreads its expectation evenly over the positions its
/// shuffle can move the correct option to (pinned options stay put). A chi-square test flags skew,
/// as R/exams' stress test shows answer-position skew.
public struct AnswerPositions: Sendable, Hashable {
    /// Correct answers seen at A, B, C, …
    public private(set) var observed: [Int] = []
    /// What a fair shuffle gives at each position, summed over the same draws.
    public private(set) var expected: [Double] = []

    public init() {}

    /// Counts the correct options of `answer` if it is a single choice whose correct option moves.
    public mutating func add(_ answer: PartAnswer) {
        guard answer.kind == .singleChoice, let options = answer.options,
              let correct = options.firstIndex(where: \.correct), options[correct].pinned != true else { return }
        let movable = options.indices.filter { options[$0].pinned != true }
        grow(to: options.count)
        observed[correct] += 1
        for index in movable { expected[index] += 1 / Double(movable.count) }
    }

    public var count: Int { observed.reduce(0, +) }

    /// Σ (observed − expected)² / expected over the positions a correct answer can reach.
    public var chiSquare: Double {
        zip(observed, expected).reduce(0) { sum, pair in pair.1 > 0 ? sum + pow(Double(pair.0) - pair.1, 2) / pair.1 : sum }
    }

    public var degreesOfFreedom: Int { max(expected.filter { $0 > 0 }.count - 1, 0) }

    /// Whether the positions are skewed at the 1 % level (and there are at least 5 expected per
    /// position, below which the test says nothing).
    public var isSkewed: Bool {
        degreesOfFreedom > 0 && expected.filter { $0 > 0 }.allSatisfy { $0 >= 5 } && chiSquare > Self.critical(degreesOfFreedom)
    }

    /// "A 26 · B 24 · C 25 · D 25, χ² = 0.16 (3 df)".
    public var summary: String {
        let counts = observed.enumerated().map { "\(PrintedOption.letter($0.offset)) \($0.element)" }.joined(separator: " · ")
        return "\(counts), χ² = \(String(format: "%.2f", chiSquare)) (\(degreesOfFreedom) df)"
            + (isSkewed ? ": skewed (p < 0.01)" : "")
    }

    private mutating func grow(to size: Int) {
        if observed.count < size {
            observed += Array(repeating: 0, count: size - observed.count)
            expected += Array(repeating: 0, count: size - expected.count)
        }
    }

    /// The chi-square value exceeded with probability 0.01 at `df` degrees of freedom: a table to
    /// 10, then the Wilson–Hilferty approximation.
    static func critical(_ df: Int) -> Double {
        let table = [6.635, 9.210, 11.345, 13.277, 15.086, 16.812, 18.475, 20.090, 21.666, 23.209]
        if df <= table.count { return table[df - 1] }
        let k = Double(df), z = 2.326
        return k * pow(1 - 2 / (9 * k) + z * (2 / (9 * k)).squareRoot(), 3)
    }
}
