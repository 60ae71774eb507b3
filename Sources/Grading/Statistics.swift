import Foundation

/// The few statistics a results report needs, written out so that each can be checked against
/// numpy and scipy (`Tests/GradingTests/Fixtures/make-statistics.py`).
public enum Statistics {
    public static func mean(_ x: [Double]) -> Double {
        x.isEmpty ? .nan : x.reduce(0, +) / Double(x.count)
    }

    /// The sample variance (n − 1 in the denominator), as numpy's `var(ddof=1)`.
    public static func variance(_ x: [Double]) -> Double {
        guard x.count > 1 else { return .nan }
        let m = mean(x)
        return x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)
    }

    public static func standardDeviation(_ x: [Double]) -> Double { variance(x).squareRoot() }

    /// Pearson's correlation; nan when either side does not vary.
    public static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        guard x.count == y.count, x.count > 1 else { return .nan }
        let (mx, my) = (mean(x), mean(y))
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 0, syy > 0 else { return .nan }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Cronbach's alpha of items answered by the same students (`items[i][s]`: item i, student s):
    /// k/(k−1) · (1 − Σ var(item) / var(sum)). Nan for fewer than two items or two students.
    public static func cronbachAlpha(_ items: [[Double]]) -> Double {
        let k = Double(items.count)
        guard items.count > 1, let n = items.first?.count, n > 1, items.allSatisfy({ $0.count == n }) else { return .nan }
        let sums = (0..<n).map { s in items.reduce(0) { $0 + $1[s] } }
        let total = variance(sums)
        guard total > 0 else { return .nan }
        return k / (k - 1) * (1 - items.map(variance).reduce(0, +) / total)
    }

    /// A one-way analysis of variance.
    public struct ANOVA: Sendable, Hashable {
        public var f: Double
        public var between: Int
        public var within: Int
        /// The probability of an F at least this large when the groups' means are equal.
        public var p: Double
    }

    /// One-way ANOVA of groups of values (scipy's `f_oneway`); nil with fewer than two groups or
    /// no degrees of freedom within them.
    public static func oneWayANOVA(_ groups: [[Double]]) -> ANOVA? {
        let groups = groups.filter { !$0.isEmpty }
        let n = groups.reduce(0) { $0 + $1.count }
        guard groups.count > 1, n > groups.count else { return nil }
        let grand = mean(groups.flatMap { $0 })
        var between = 0.0, within = 0.0
        for group in groups {
            let m = mean(group)
            between += Double(group.count) * (m - grand) * (m - grand)
            within += group.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        }
        let d1 = groups.count - 1, d2 = n - groups.count
        guard within > 0 else {
            return ANOVA(f: between > 0 ? .infinity : .nan, between: d1, within: d2, p: between > 0 ? 0 : .nan)
        }
        let f = (between / Double(d1)) / (within / Double(d2))
        return ANOVA(f: f, between: d1, within: d2, p: fSurvival(f, d1: Double(d1), d2: Double(d2)))
    }

    /// P(F ≥ f) for Fisher's F with (d1, d2) degrees of freedom: I_{d2/(d2+d1 f)}(d2/2, d1/2).
    public static func fSurvival(_ f: Double, d1: Double, d2: Double) -> Double {
        guard f > 0 else { return 1 }
        return regularizedIncompleteBeta(d2 / (d2 + d1 * f), a: d2 / 2, b: d1 / 2)
    }

    /// I_x(a, b) by its continued fraction (modified Lentz), on the side where it converges fast.
    public static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let logFront = logGammas + logPowers
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * betaFraction(x, a, b) / a
        }
        return 1 - exp(logFront) * betaFraction(1 - x, b, a) / b
    }

    private static func betaFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m)
            var numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + numerator * d; if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + numerator * d; if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return h
    }
}
