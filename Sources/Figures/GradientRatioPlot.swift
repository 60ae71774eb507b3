import Foundation
import DeepLearning

/// The gradient ratio ∂L/∂h(1) ÷ ∂L/∂h(T) through T steps of a one-unit RNN against the recurrent
/// weight w, on a log scale, with α = 1/φ′(0) marked. Every value comes from the engine's BPTT.
struct GradientRatioPlot: FigureKind {
    static let keys = ["activation", "steps", "w", "points", "samples"]

    var activation: Activation
    var steps: Int
    var range: ClosedRange<Double>
    /// Weights whose ratio is marked and printed on the curve.
    var highlighted: [Double]
    var samples: Int
    var words: FigureWords

    init(_ spec: SpecMapping, words: FigureWords = .english) throws {
        activation = try spec["activation"].map(ActivationName.activation) ?? .shiftedLogistic
        steps = try spec["steps"]?.int(in: 2...1000) ?? 50
        let rangeValue = spec["w"]
        range = try rangeValue?.range() ?? 3...5
        if range.lowerBound <= 0, let rangeValue { throw rangeValue.error("`w` should be positive: the ratio is drawn on a log scale") }
        highlighted = try spec["points"]?.list().map { try $0.double() } ?? []
        let range = self.range
        if let bad = highlighted.first(where: { !range.contains($0) }), let points = spec["points"] {
            throw points.error("`points`: \(Ticks.readable(bad)) is outside `w` \(Ticks.readable(range.lowerBound))…\(Ticks.readable(range.upperBound))")
        }
        samples = try spec["samples"]?.int(in: 5...401) ?? 81
        self.words = words
        if activation.derivative(0) == 0 {
            throw try spec.required("activation").error("`activation`: φ′(0) = 0, so the gradient vanishes for every w and there is no α")
        }
    }

    /// α = 1/φ′(0) from the engine.
    var alpha: Double { activation.criticalWeight }

    func ratio(_ w: Double) -> Double {
        RNN.gradientRatio(recurrentWeight: w, activation: activation, steps: steps)
    }

    var description: String {
        var text = words("figureGradientRatio", [
            "steps": "\(steps)", "activation": ActivationName.display(activation, words),
            "from": Ticks.readable(range.lowerBound), "to": Ticks.readable(range.upperBound), "alpha": Ticks.readable(alpha),
        ])
        if !highlighted.isEmpty {
            text += "; " + highlighted.map { "w = \(Ticks.readable($0)): \(Ticks.readable(ratio($0)))" }.joined(separator: ", ")
        }
        return text
    }

    func draw() -> Drawing {
        let ws = (0..<samples).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(samples - 1) }
        let curve: [(x: Double, y: Double)?] = ws.map { w in
            let r = ratio(w)
            return r > 0 && r.isFinite ? (x: w, y: r) : nil
        }
        let ys = curve.compactMap { $0?.y }
        let y = Axis(domain: (ys.min() ?? 0.1)...(ys.max() ?? 10), scale: .logarithmic,
                     title: Label("∂L/∂h^{(1)} ÷ ∂L/∂h^{(\(steps))}"), extend: true)
        let x = Axis(domain: range, title: Label("w"), targetTicks: 8)
        var plot = Plot(x: x, y: y, series: [Plot.Series(name: Label(plain: words("figureRatio")), points: curve)])
        if range.contains(alpha) {
            plot.markers = [Plot.VerticalMarker(x: alpha, label: Label("α = \(Ticks.readable(alpha))"), className: "alpha-marker")]
        }
        plot.rules = [Plot.HorizontalRule(y: 1)]
        plot.points = highlighted.map { Plot.Point(x: $0, y: ratio($0), label: Label("w = \(Ticks.readable($0)): \(Ticks.readable(ratio($0)))")) }
        var svg = SVGWriter(width: Plot.width, height: Plot.height)
        plot.draw(into: &svg)
        return Drawing(svg: svg.svg(title: description, className: "figure-svg"), description: description)
    }
}
