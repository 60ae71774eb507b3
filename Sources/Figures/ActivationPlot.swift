import DeepLearning

/// Activation functions and their derivatives, the derivatives taken by the engine's autodiff.
struct ActivationPlot: FigureKind {
    static let keys = ["functions", "derivatives", "range", "samples"]

    var functions: [Activation]
    /// `true`: each function and its derivative; `only`: the derivatives alone; `false`: functions alone.
    var derivatives: String
    var range: ClosedRange<Double>
    var samples: Int
    var words: FigureWords

    init(_ spec: SpecMapping, words: FigureWords = .english) throws {
        let list = try spec.required("functions")
        functions = try list.list().map(ActivationName.activation)
        guard !functions.isEmpty, functions.count <= 4 else { throw list.error("`functions` should list one to four activation functions") }
        derivatives = try spec["derivatives"]?.choice(["true", "false", "only"]) ?? "true"
        range = try spec["range"]?.range() ?? -4...4
        samples = try spec["samples"]?.int(in: 11...2001) ?? 241
        self.words = words
    }

    var zs: [Double] {
        (0..<samples).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(samples - 1) }
    }

    /// The curves drawn, in legend order.
    var series: [Plot.Series] {
        let zs = self.zs
        var out: [Plot.Series] = []
        for f in functions {
            if derivatives != "only" {
                out.append(Plot.Series(name: Label(plain: ActivationName.display(f, words)),
                                       points: zs.map { (x: $0, y: f($0)) }))
            }
            if derivatives != "false" {
                let d = ActivationName.derivative(of: f, at: zs)
                out.append(Plot.Series(name: Label(plain: words("figureDerivativeOf", ["function": f == .logistic ? "σ" : ActivationName.display(f, words)])),
                                       points: zip(zs, d).map { (x: $0, y: $1) }))
            }
        }
        return out
    }

    var description: String {
        let names = functions.map { ActivationName.display($0, words) }.joined(separator: ", ")
        let and = derivatives == "true" ? words(functions.count == 1 ? "figureItsDerivative" : "figureTheirDerivatives") : ""
        return words(derivatives == "only" ? "figureDerivativesOf" : "figurePlotOf", [
            "functions": names, "derivatives": and,
            "from": Ticks.readable(range.lowerBound), "to": Ticks.readable(range.upperBound),
        ])
    }

    func draw() -> Drawing {
        var curves = series
        let ys = curves.flatMap { $0.points.compactMap { $0?.y } }
        let low = ys.min() ?? 0, high = ys.max() ?? 1
        curves = curves.map { Plot.Series(name: $0.name, points: Plot.breakingJumps($0.points.compactMap { $0 }, span: max(high - low, 1e-9))) }
        let x = Axis(domain: range, title: Label("z"), targetTicks: 8)
        let y = Axis(domain: low...high, title: Label(plain: derivatives == "only" ? "φ′(z)" : "φ(z)"), extend: true, targetTicks: 5)
        var svg = SVGWriter(width: Plot.width, height: Plot.height)
        Plot(x: x, y: y, series: curves).draw(into: &svg)
        return Drawing(svg: svg.svg(title: description, className: "figure-svg"), description: description)
    }
}
