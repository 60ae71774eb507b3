import Bank
import Foundation

/// A student's grade: as printed ("7.3", "B"), its number on a linear scale, and whether it passes.
public struct Grade: Sendable, Hashable {
    public var text: String
    public var value: Double?
    public var passed: Bool
}

extension GradeScale {
    /// The grade of `total` points out of `maximum`.
    public func grade(_ total: Double, of maximum: Double) -> Grade {
        switch self {
        case .linear(let scale): scale.grade(total, of: maximum)
        case .letters(let scale): scale.grade(total, of: maximum)
        }
    }

    /// Every grade the scale can give, lowest first, for the histogram: the letters, or the
    /// whole numbers of a linear scale.
    public var gradeBins: [String] {
        switch self {
        case .linear(let scale): (Int(scale.lowest.rounded(.down))...Int(scale.highest.rounded(.up))).map(String.init)
        case .letters(let scale): scale.bands.map(\.grade).reversed()
        }
    }
}

extension GradeScale.Linear {
    public func grade(_ total: Double, of maximum: Double) -> Grade {
        let cut = min(max(passAt.points(of: maximum), 0), maximum)
        let raw: Double
        if total >= cut {
            raw = cut == maximum ? highest : pass + (highest - pass) * (total - cut) / (maximum - cut)
        } else {
            raw = cut == 0 ? pass : lowest + (pass - lowest) * total / cut
        }
        var rounded = (raw / round + 0.5 + 1e-9).rounded(.down) * round
        let passed = total >= cut
        // Rounding must not lift a total below the pass mark to a passing grade.
        if !passed && rounded >= pass { rounded = ((pass / round).rounded(.up) - 1) * round }
        rounded = min(max(rounded, lowest), highest)
        return Grade(text: Self.format(rounded, step: round), value: rounded, passed: passed)
    }

    /// A grade with as many decimals as the rounding step has.
    static func format(_ value: Double, step: Double) -> String {
        var decimals = 0
        while decimals < 4, abs(step * pow(10, Double(decimals)) - (step * pow(10, Double(decimals))).rounded()) > 1e-9 { decimals += 1 }
        return String(format: "%.\(decimals)f", value)
    }
}

extension GradeScale.Letters {
    public func grade(_ total: Double, of maximum: Double) -> Grade {
        let band = bands.first { total + 1e-9 >= $0.from.points(of: maximum) } ?? bands.last!
        let passIndex = bands.firstIndex { $0.grade == pass } ?? bands.count - 1
        let index = bands.firstIndex(of: band)!
        return Grade(text: band.grade, value: nil, passed: index <= passIndex)
    }
}
