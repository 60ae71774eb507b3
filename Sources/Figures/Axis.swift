import Foundation

/// A tick mark: where it goes and what it says.
struct Tick: Equatable {
    var value: Double
    var label: Label
}

/// One axis of a plot: its domain, linear or logarithmic scale, ticks at nice values, and title.
struct Axis {
    enum Scale { case linear, logarithmic }

    var domain: ClosedRange<Double>
    var scale: Scale
    var title: Label
    var ticks: [Tick]

    /// An axis over `domain`; with `extend`, the domain grows to the outermost nice ticks.
    init(domain: ClosedRange<Double>, scale: Scale = .linear, title: Label, extend: Bool = false, targetTicks: Int = 6) {
        var domain = domain
        if domain.lowerBound == domain.upperBound {
            let pad = scale == .linear ? max(abs(domain.lowerBound) * 0.1, 1) : 0
            domain = scale == .linear ? (domain.lowerBound - pad)...(domain.upperBound + pad)
                : (domain.lowerBound / 10)...(domain.upperBound * 10)
        }
        self.scale = scale
        self.title = title
        switch scale {
        case .linear:
            let step = Ticks.niceStep(for: domain.upperBound - domain.lowerBound, count: targetTicks)
            if extend {
                domain = (floor(domain.lowerBound / step + 1e-9) * step)...(ceil(domain.upperBound / step - 1e-9) * step)
            }
            ticks = Ticks.linear(domain, step: step)
        case .logarithmic:
            if extend {
                domain = pow(10, floor(log10(domain.lowerBound) + 1e-9))...pow(10, ceil(log10(domain.upperBound) - 1e-9))
            }
            ticks = Ticks.logarithmic(domain)
        }
        self.domain = domain
    }

    /// The position of `value` between `start` (domain's low end) and `end` (high end); `nil` off a log scale.
    func position(_ value: Double, from start: Double, to end: Double) -> Double? {
        let t: Double
        switch scale {
        case .linear:
            t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        case .logarithmic:
            guard value > 0 else { return nil }
            t = (log10(value) - log10(domain.lowerBound)) / (log10(domain.upperBound) - log10(domain.lowerBound))
        }
        return start + t * (end - start)
    }
}

/// Nice tick values: 1, 2 or 5 times a power of ten, labelled with exactly the decimals they need.
enum Ticks {
    /// The step among 1, 2, 5 × 10^k closest (on a log scale) to giving `count` intervals over `span`.
    static func niceStep(for span: Double, count: Int) -> Double {
        let raw = span / Double(max(count, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice: Double = fraction < 2.0.squareRoot() ? 1 : fraction < 10.0.squareRoot() ? 2 : fraction < 50.0.squareRoot() ? 5 : 10
        return nice * magnitude
    }

    /// Ticks at the multiples of `step` inside `domain`.
    static func linear(_ domain: ClosedRange<Double>, step: Double) -> [Tick] {
        let decimals = decimalsNeeded(step)
        let first = Int(ceil(domain.lowerBound / step - 1e-9)), last = Int(floor(domain.upperBound / step + 1e-9))
        guard first <= last else { return [] }
        return (first...last).map { i in
            let value = Double(i) * step
            return Tick(value: value, label: Label(plain: format(value, decimals: decimals)))
        }
    }

    /// Ticks at powers of ten (every second or third one over many decades); within one
    /// decade, at 1, 2 and 5 times powers of ten.
    static func logarithmic(_ domain: ClosedRange<Double>) -> [Tick] {
        let low = Int(floor(log10(domain.lowerBound) + 1e-9)), high = Int(ceil(log10(domain.upperBound) - 1e-9))
        let decades = high - low
        if decades <= 1 {
            var ticks: [Tick] = []
            for k in low...high {
                for m in [1.0, 2, 5] {
                    let value = m * pow(10, Double(k))
                    if value >= domain.lowerBound * (1 - 1e-9), value <= domain.upperBound * (1 + 1e-9) {
                        ticks.append(Tick(value: value, label: Label(plain: format(value, decimals: max(0, -k)))))
                    }
                }
            }
            return ticks
        }
        let every = decades > 16 ? 4 : decades > 8 ? 2 : 1
        return stride(from: low, through: high, by: 1).filter { $0 % every == 0 }.compactMap { k in
            let value = pow(10, Double(k))
            guard value >= domain.lowerBound * (1 - 1e-9), value <= domain.upperBound * (1 + 1e-9) else { return nil }
            return Tick(value: value, label: power(k))
        }
    }

    /// 10^k as a label: `1`, `10`, otherwise `10` with a superscript exponent.
    static func power(_ k: Int) -> Label {
        switch k {
        case 0: Label(plain: "1")
        case 1: Label(plain: "10")
        default: Label("10^{\(k < 0 ? "−" : "")\(abs(k))}")
        }
    }

    /// Decimals needed to write multiples of `step` exactly (0.25 → 2, 0.5 → 1, 5 → 0).
    static func decimalsNeeded(_ step: Double) -> Int {
        var decimals = 0
        var scaled = step
        while decimals < 10, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }

    /// A number with a fixed count of decimals and a true minus sign; never `−0`.
    static func format(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        if Double(text) == 0 { return String(format: "%.\(decimals)f", 0.0) }
        return text.replacingOccurrences(of: "-", with: "−")
    }

    /// A value for a caption or label: up to `significant` significant digits, no trailing zeros.
    static func readable(_ value: Double, significant: Int = 3) -> String {
        guard value.isFinite, value != 0 else { return "0" }
        let magnitude = Int(floor(log10(abs(value))))
        if magnitude < -3 || magnitude > 5 {
            var text = String(format: "%.\(max(significant - 1, 0))e", value)
            if let e = text.firstIndex(of: "e") {
                var mantissa = String(text[..<e]), exponent = Int(text[text.index(after: e)...]) ?? 0
                if mantissa.contains(".") { while mantissa.hasSuffix("0") { mantissa.removeLast() }; if mantissa.hasSuffix(".") { mantissa.removeLast() } }
                if exponent == 0 { exponent = 0 }
                text = "\(mantissa)·10^\(exponent)"
            }
            return text.replacingOccurrences(of: "-", with: "−")
        }
        let decimals = max(0, significant - 1 - magnitude)
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") { while text.hasSuffix("0") { text.removeLast() }; if text.hasSuffix(".") { text.removeLast() } }
        return text.replacingOccurrences(of: "-", with: "−")
    }
}
