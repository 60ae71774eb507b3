import DeepLearning

/// The loss curve of a short, seeded training run with the engine's optimiser loop
/// (`Optimizer.minimize`): XOR with a 2-h-1 network, Adam or SGD.
struct LossCurvePlot: FigureKind {
    static let keys = ["task", "hidden", "activation", "optimizer", "learning_rate", "momentum", "steps", "seed", "scale"]

    var hidden: Int
    var activation: Activation
    var optimizer: String
    var learningRate: Double
    var momentum: Double
    var steps: Int
    var seed: Int
    var logarithmic: Bool
    var words: FigureWords

    init(_ spec: SpecMapping, words: FigureWords = .english) throws {
        _ = try spec["task"]?.choice(["xor"])
        hidden = try spec["hidden"]?.int(in: 1...64) ?? 4
        activation = try spec["activation"].map(ActivationName.activation) ?? .tanh
        optimizer = try spec["optimizer"]?.choice(["adam", "sgd"]) ?? "adam"
        learningRate = try spec["learning_rate"]?.double() ?? 0.1
        if learningRate <= 0, let value = spec["learning_rate"] { throw value.error("`learning_rate` should be positive") }
        momentum = try spec["momentum"]?.double() ?? 0
        if optimizer == "adam", let value = spec["momentum"] { throw value.error("`momentum` is for `optimizer: sgd`") }
        steps = try spec["steps"]?.int(in: 2...5000) ?? 300
        seed = try spec["seed"]?.int(in: 0...Int.max) ?? 42
        logarithmic = try spec["scale"]?.choice(["linear", "log"]) == "log"
        self.words = words
    }

    /// The loss before each update (binary cross-entropy on the four XOR points).
    var curve: [Double] {
        var rng = Xoshiro256StarStar(seed: UInt64(seed))
        let model = Sequential(Dense(2, hidden, rng: &rng), activation, Dense(hidden, 1, rng: &rng), Activation.logistic)
        let x = Tensor(shape: [4, 2], scalars: [0, 0, 0, 1, 1, 0, 1, 1])
        let y = Tensor(shape: [4, 1], scalars: [0, 1, 1, 0])
        let loss = { Loss.binaryCrossEntropy(probabilities: model(Variable(x)), targets: y) }
        if optimizer == "adam" {
            var adam = Adam(parameters: model.parameters, learningRate: learningRate)
            return adam.minimize(steps: steps, loss: loss)
        }
        var sgd = SGD(parameters: model.parameters, learningRate: learningRate, momentum: momentum)
        return sgd.minimize(steps: steps, loss: loss)
    }

    func description(_ curve: [Double]) -> String {
        words("figureLossCurve", [
            "hidden": "\(hidden)", "activation": ActivationName.display(activation, words),
            "optimizer": optimizer == "adam" ? "Adam" : "SGD",
            "momentum": optimizer == "sgd" && momentum != 0 ? words("figureWithMomentum", ["momentum": Ticks.readable(momentum)]) : "",
            "rate": Ticks.readable(learningRate), "seed": "\(seed)", "steps": "\(steps)",
            "first": Ticks.readable(curve.first!), "last": Ticks.readable(curve.last!),
        ])
    }

    var description: String { description(curve) }

    func draw() -> Drawing {
        let losses = curve
        let points: [(x: Double, y: Double)?] = losses.enumerated().map { (x: Double($0), y: $1) }
        let low = losses.min()!, high = losses.max()!
        let y = logarithmic
            ? Axis(domain: max(low, 1e-12)...max(high, 1e-11), scale: .logarithmic, title: Label(plain: words("figureLoss")), extend: true)
            : Axis(domain: min(0, low)...high, title: Label(plain: words("figureLoss")), extend: true, targetTicks: 5)
        let x = Axis(domain: 0...Double(steps - 1), title: Label(plain: words("figureTrainingStep")), extend: true, targetTicks: 6)
        var svg = SVGWriter(width: Plot.width, height: Plot.height)
        Plot(x: x, y: y, series: [Plot.Series(name: Label(plain: words("figureLoss")), points: points)]).draw(into: &svg)
        let text = description(losses)
        return Drawing(svg: svg.svg(title: text, className: "figure-svg"), description: text)
    }
}
