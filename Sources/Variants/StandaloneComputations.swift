import DeepLearning
import Foundation

/// Computations that need no network: softmax and losses on given scores, the VAE's KL term,
/// critical weights and gradient ratios of RNNs, ranks, pooling and convolution of small
/// matrices, optimiser trajectories, derivatives, the GAN's optimal discriminator.
struct StandaloneComputations {
    var arguments: Arguments
    var seed: UInt64

    func run(_ kind: Computation.Kind) throws(EvaluationError) -> Value {
        switch kind {
        case .softmax:
            let z = try arguments.vector("logits")
            return .vector(withNoGrad { Variable(Tensor(shape: [1, z.count], scalars: z)).softmax().value.scalars })
        case .crossEntropy:
            let z = try arguments.vector("logits")
            let loss = Loss.crossEntropy(logits: Variable(Tensor(shape: [1, z.count], scalars: z)), labels: [try arguments.integer("target")])
            return .number(loss.value.scalars[0])
        case .klDivergence:
            let mean = try arguments.vector("mean"), deviation = try arguments.vector("std")
            let logVariance = deviation.map { 2 * Foundation.log($0) }
            return .number(Loss.gaussianKL(mean: Variable(Tensor(mean)), logVariance: Variable(Tensor(logVariance))).value.scalars[0])
        case .criticalWeight:
            return .number(try activation().criticalWeight)
        case .gradientRatio:
            return .number(RNN.gradientRatio(recurrentWeight: try arguments.number("w"), activation: try activation(),
                                             steps: try arguments.integer("steps")))
        case .rank:
            return .number(Double(try rank()))
        case .pool:
            let input = try image("input")
            let window = Window2D(kernel: try arguments.integer("kernel"), stride: try arguments.integer("stride", default: try arguments.integer("kernel")),
                                  padding: try arguments.integer("padding", default: 0))
            let mode = try arguments.word("mode", default: "max")
            let pooled = withNoGrad { mode == "average" ? input.avgPool2d(window) : input.maxPool2d(window) }
            return Self.plane(pooled.value)
        case .convolve:
            let input = try image("input")
            let kernel = try arguments.matrix("kernel")
            let filters = Variable(Tensor(shape: [1, 1, kernel.count, kernel[0].count], scalars: kernel.flatMap { $0 }))
            let output = withNoGrad {
                input.conv2d(filters, stride: (try? arguments.integer("stride", default: 1)) ?? 1,
                             padding: (try? arguments.integer("padding", default: 0)) ?? 0)
            }
            return Self.plane(output.value)
        case .optimize:
            return .vector(try optimize())
        case .derivative:
            let f = try function("x")
            let x = Variable(Tensor(try arguments.number("at")), requiresGrad: true)
            let y = try f(x)
            y.backward()
            return .number(x.grad?.scalars[0] ?? 0)
        case .optimalDiscriminator:
            return .number(try optimalDiscriminator())
        default:
            throw EvaluationError(message: "\(arguments.context): `\(kind.rawValue)` needs the exercise's `model:`")
        }
    }

    private func activation() throws(EvaluationError) -> Activation {
        try ActivationName.activation(try arguments.word("activation"), arguments)
    }

    /// The rank of a product of matrices (`product: [W2, W1]`), or of the end-to-end map of a
    /// linear network with seeded random weights (`layers: [100, 10, 100]`).
    private func rank() throws(EvaluationError) -> Int {
        if arguments.has("layers") {
            let sizes = try arguments.vector("layers").map { Int($0) }
            var rng = Xoshiro256StarStar(seed: seed)
            var product: Tensor?
            for (input, output) in zip(sizes, sizes.dropFirst()) {
                let w = Tensor(shape: [output, input], scalars: (0..<(input * output)).map { _ in rng.nextNormal() })
                product = product.map { w.matmul($0) } ?? w
            }
            guard let product else { throw EvaluationError(message: "\(arguments.context): `layers` needs two sizes or more") }
            return Matrix.rankByPivotedQR(product)
        }
        guard let names = arguments.values["product"]?.sequence, !names.isEmpty else {
            throw EvaluationError(message: "\(arguments.context) needs `product: [A, B]` or `layers: [n1, n2, …]`")
        }
        var product: Tensor?
        for (index, _) in names.enumerated() {
            let m = try Arguments(values: ["m": names[index]], scope: arguments.scope, context: arguments.context).matrix("m")
            let t = Tensor(m)
            product = product.map { $0.matmul(t) } ?? t
        }
        return Matrix.rankByPivotedQR(product!)
    }

    private func image(_ key: String) throws(EvaluationError) -> Variable {
        let m = try arguments.matrix(key)
        return Variable(Tensor(shape: [1, 1, m.count, m[0].count], scalars: m.flatMap { $0 }))
    }

    private func function(_ variable: String) throws(EvaluationError) -> DifferentiableExpression {
        guard let text = arguments.values["function"]?.scalar else {
            throw EvaluationError(message: "\(arguments.context) needs `function:`, an expression in `\(variable)`")
        }
        do {
            return DifferentiableExpression(expression: try Expression.parse(text), variable: variable, scope: arguments.scope)
        } catch {
            throw EvaluationError(message: "\(arguments.context): cannot read `\(text)`: \(error)")
        }
    }

    /// The values of x from the start through each optimiser step, minimising `function`.
    private func optimize() throws(EvaluationError) -> [Double] {
        let f = try function("x")
        let x = Variable(Tensor(try arguments.number("start")), requiresGrad: true)
        let parameter = Parameter("x", x)
        let steps = try arguments.integer("steps"), rate = try arguments.number("learning_rate")
        let decay = try arguments.number("weight_decay", default: 0)
        var trajectory = [x.value.scalars[0]]
        _ = try f(x)
        let lossOf = { () -> Variable in (try? f(x)) ?? Variable(Tensor(0)) }
        if try arguments.word("optimizer", default: "sgd") == "adam" {
            var adam = Adam(parameters: [parameter], learningRate: rate, weightDecay: decay)
            for _ in 0..<steps { _ = adam.minimize(steps: 1, loss: lossOf); trajectory.append(x.value.scalars[0]) }
        } else {
            var sgd = SGD(parameters: [parameter], learningRate: rate, momentum: try arguments.number("momentum", default: 0), weightDecay: decay)
            for _ in 0..<steps { _ = sgd.minimize(steps: 1, loss: lossOf); trajectory.append(x.value.scalars[0]) }
        }
        return trajectory
    }

    /// D*(x) for densities p_data and p_g at a point: the D ∈ (0, 1) maximising
    /// p_data·log D + p_g·log(1 − D), found by gradient ascent on D = σ(θ) with the engine.
    private func optimalDiscriminator() throws(EvaluationError) -> Double {
        let pData = try arguments.number("p_data"), pModel = try arguments.number("p_g")
        guard pData > 0, pModel > 0 else { throw EvaluationError(message: "\(arguments.context): densities must be positive") }
        let theta = Variable(Tensor(0), requiresGrad: true)
        var adam = Adam(parameters: [Parameter("theta", theta)], learningRate: 0.1)
        _ = adam.minimize(steps: 2000) {
            let d = Activation.logistic(theta)
            return -((d.log() * pData) + ((1 - d).log() * pModel))
        }
        return 1 / (1 + Foundation.exp(-theta.value.scalars[0]))
    }

    /// A [1, 1, H, W] tensor as a matrix value.
    static func plane(_ t: Tensor) -> Value {
        let h = t.shape[2], w = t.shape[3]
        return .matrix((0..<h).map { Array(t.scalars[($0 * w)..<(($0 + 1) * w)]) })
    }
}
