import DeepLearning
import SiteInspection
import Testing
@testable import Figures

@Suite struct PlotTests {
    @Test(arguments: [(0.0...8.0, 8, 1.0), (-4.0...4.0, 8, 1.0), (0.0...1.0, 5, 0.2), (0.0...0.3, 6, 0.05), (0.0...250.0, 5, 50.0)])
    func ticksAreNiceNumbers(domain: ClosedRange<Double>, count: Int, step: Double) {
        let ticks = Axis(domain: domain, title: Label("z"), targetTicks: count).ticks
        #expect(abs(ticks[1].value - ticks[0].value - step) < 1e-12)
        for tick in ticks {
            let mantissa = abs(tick.value) / step
            #expect(abs(mantissa - mantissa.rounded()) < 1e-9)
            #expect(!tick.label.plain.contains("000000"))
        }
    }

    @Test func tickLabelsAreExact() {
        let labels = Axis(domain: 0...0.3, title: Label("y"), targetTicks: 6).ticks.map(\.label.plain)
        #expect(labels == ["0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30"])
        let negative = Axis(domain: -1...1, title: Label("y"), targetTicks: 4).ticks.map(\.label.plain)
        #expect(negative == ["−1.0", "−0.5", "0.0", "0.5", "1.0"])
        let log = Axis(domain: 1e-6...1e4, scale: .logarithmic, title: Label("r")).ticks.map(\.label.plain)
        #expect(log == ["10−6", "10−4", "10−2", "1", "102", "104"])
    }

    static let ratio = """
    kind: gradient_ratio_plot
    activation: shifted_logistic
    steps: 50
    w: [3, 5]
    points: [3.9, 4, 4.1]
    """

    @Test func alphaMarkerSitsAtFourForTheShiftedLogistic() throws {
        let (figure, root) = parsed(Self.ratio)
        #expect(figure.warnings.isEmpty)
        #expect(Activation.shiftedLogistic.criticalWeight == 4)
        let marker = try #require(root.all("g", class: "alpha-marker").first)
        #expect(marker.text == "α = 4")
        let tick = try #require(root.all("g", class: "x-tick").first { $0.text == "4.0" || $0.text == "4" })
        #expect(marker.all("line").first?["x1"] == tick.all("line").first?["x1"])
        // The highlighted values are the engine's (w/4)^49.
        #expect(root.all("g", class: "highlight").map(\.text) == ["w = 3.9: 0.289", "w = 4: 1", "w = 4.1: 3.35"])
        #expect(figure.description.contains("α = 4 marked"))
        // Log scale: decade ticks.
        #expect(root.all("g", class: "y-tick").map(\.text).contains("1"))
    }

    @Test func alphaFollowsTheActivation() throws {
        let tanh = Self.ratio.replacingOccurrences(of: "shifted_logistic", with: "tanh")
            .replacingOccurrences(of: "[3, 5]", with: "[0.5, 1.5]").replacingOccurrences(of: "[3.9, 4, 4.1]", with: "[1]")
        let (figure, root) = parsed(tanh)
        #expect(figure.warnings.isEmpty)
        #expect(try #require(root.all("g", class: "alpha-marker").first).text == "α = 1")
    }

    @Test func activationPlotDerivativesComeFromAutodiff() throws {
        let spec = """
        kind: activation_plot
        functions: [logistic, relu]
        range: [-4, 4]
        samples: 81
        """
        let plot = try ActivationPlot(FigureSpec(spec).keys)
        let series = plot.series
        #expect(series.count == 4)
        let derivative = series[1].points.compactMap { $0 }
        #expect(abs(derivative[40].y - 0.25) < 1e-12)
        for point in derivative {
            #expect(abs(point.y - Activation.logistic.derivative(point.x)) < 1e-12)
        }
        let (figure, root) = parsed(spec)
        #expect(figure.warnings.isEmpty)
        #expect(root.all("g", class: "series").count == 4)
        #expect(root.all("g", class: "legend").first?.text.contains("ReLU") == true)
        #expect(figure.description == "Plot of logistic σ(z), ReLU and their derivatives for z from −4 to 4")
    }

    @Test func lossCurveIsTheEnginesSeededRun() throws {
        let spec = """
        kind: loss_curve
        task: xor
        hidden: 4
        optimizer: adam
        learning_rate: 0.1
        steps: 300
        seed: 42
        """
        let plot = try LossCurvePlot(FigureSpec(spec).keys)
        let curve = plot.curve
        #expect(curve.count == 300)
        #expect(curve.last! < 0.05 && curve.first! > 0.5)
        let first = FigureRenderer().render(spec)
        #expect(first.warnings.isEmpty)
        #expect(first.html == FigureRenderer().render(spec).html)
        #expect(first.html != FigureRenderer().render(spec.replacingOccurrences(of: "seed: 42", with: "seed: 43")).html)
    }

    /// A Dutch course's plots say nothing in English: not in their text alternatives, legends or axis titles.
    @Test func aDutchPlotHasNoEnglishWord() throws {
        let words = try LabelFitTests.words("nl")
        let specs = [
            "kind: activation_plot\nfunctions: [logistic, hard_threshold, leaky_relu, identity]\nsamples: 21",
            "kind: activation_plot\nfunctions: [tanh]\nderivatives: only\nsamples: 21",
            "kind: gradient_ratio_plot\nsteps: 10\nsamples: 5",
            "kind: loss_curve\noptimizer: sgd\nmomentum: 0.9\nsteps: 20",
        ]
        let english = ["Plot of", "Derivatives", "derivative", "identity", "hard threshold", "leaky", "slope",
                       "Gradient ratio", "one-unit", "against", "recurrent weight", "log scale", "marked", "vanishes", "explodes",
                       "ratio", "Training loss", "loss", "network", "hidden units", "learning rate", "with momentum", "steps", "training step"]
        for spec in specs {
            let figure = FigureRenderer(words: words).render(spec)
            #expect(figure.warnings.isEmpty, "\(spec)")
            let root = HTMLParser.parse("<!DOCTYPE html><html><body>\(figure.html)</body></html>")
            let svg = try #require(root.all("svg").first)
            let text = ([svg["aria-label"] ?? ""] + svg.all("title").map(\.text) + svg.all("text").map(\.text)).joined(separator: "\n")
            #expect(text.count > 40, "\(spec)")
            for word in english where text.contains(word) {
                Issue.record("\(spec): the Dutch plot has the English `\(word)`: \(text)")
            }
        }
    }
}
