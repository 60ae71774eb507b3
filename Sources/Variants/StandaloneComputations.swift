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
            let z = try logits()
            return .vector(withNoGrad { Variable(Tensor(shape: [1, z.count], scalars: z)).softmax().value.scalars })
        case .crossEntropy:
            let z = try logits()
            let target = try arguments.integer("target")
            guard target < z.count else {
                throw arguments.error("target", "the class index \(target) is not one of the \(z.count) classes 0 … \(z.count - 1) of `logits`")
            }
            let loss = Loss.crossEntropy(logits: Variable(Tensor(shape: [1, z.count], scalars: z)), labels: [target])
            return .number(loss.value.scalars[0])
        case .klDivergence:
            let mean = try arguments.vector("mean"), deviation = try arguments.vector("std")
            guard mean.count == deviation.count, !mean.isEmpty else {
                throw arguments.error("std", "`mean` and `std` need the same number of entries")
            }
            guard deviation.allSatisfy({ $0 > 0 }) else { throw arguments.error("std", "every `std` must be greater than 0") }
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
            let kernel = try arguments.integer("kernel")
            let window = Window2D(kernel: kernel, stride: try arguments.integer("stride", default: kernel),
                                  padding: try arguments.integer("padding", default: 0))
            try fits(window, input)
            let average = try arguments.word("mode", default: "max") == "average"
            let pooled = withNoGrad { average ? input.avgPool2d(window) : input.maxPool2d(window) }
            return Self.plane(pooled.value)
        case .convolve:
            let input = try image("input")
            let kernel = try arguments.matrix("kernel")
            let stride = try arguments.integer("stride", default: 1), padding = try arguments.integer("padding", default: 0)
            let window = Window2D(kernel: (kernel.count, kernel[0].count), stride: (stride, stride), padding: (padding, padding))
            try fits(window, input)
            let filters = Variable(Tensor(shape: [1, 1, kernel.count, kernel[0].count], scalars: kernel.flatMap { $0 }))
            let output = withNoGrad { input.conv2d(filters, window: window) }
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
            throw arguments.error(nil, "`\(kind.rawValue)` needs the exercise's `model:`")
        }
    }

    private func activation() throws(EvaluationError) -> Activation {
        try ActivationName.activation(arguments, key: "activation")
    }

    private func logits() throws(EvaluationError) -> [Double] {
        let z = try arguments.vector("logits")
        guard !z.isEmpty else { throw arguments.error("logits", "`logits` needs at least one score") }
        return z
    }

    /// An error when the window does not fit the matrix it slides over.
    private func fits(_ window: Window2D, _ input: Variable) throws(EvaluationError) {
        let (eh, ew) = window.effectiveKernel
        let (h, w) = (input.shape[2], input.shape[3])
        guard h + 2 * window.padding.height >= eh, w + 2 * window.padding.width >= ew else {
            throw arguments.error("kernel", "a \(eh)×\(ew) window with padding \(window.padding.height) does not fit the \(h)×\(w) input")
        }
    }

    /// The rank of a product of matrices (`product: [W2, W1]`), or of the end-to-end map of a
    /// linear network with seeded random weights (`layers: [100, 10, 100]`).
    private func rank() throws(EvaluationError) -> Int {
        guard arguments.has("layers") != arguments.has("product") else {
            throw arguments.error(nil, "takes either `product: [A, B]` or `layers: [n1, n2, …]`")
        }
        if arguments.has("layers") {
            let written = try arguments.vector("layers")
            guard written.count >= 2, written.allSatisfy({ $0 == $0.rounded() && $0 >= 1 && $0 <= Double(SpecLimits.extent) }) else {
                throw arguments.error("layers", "`layers` needs two sizes or more, whole numbers from 1 to \(SpecLimits.extent)")
            }
            let sizes = written.map { Int($0) }
            guard zip(sizes, sizes.dropFirst()).allSatisfy({ $0 * $1 <= SpecLimits.elements }) else {
                throw arguments.error("layers", "a weight matrix of `layers` would hold more than \(SpecLimits.elements) numbers (the limit)")
            }
            var rng = Xoshiro256StarStar(seed: seed)
            var product: Tensor?
            for (input, output) in zip(sizes, sizes.dropFirst()) {
                let w = Tensor(shape: [output, input], scalars: (0..<(input * output)).map { _ in rng.nextNormal() })
                product = product.map { w.matmul($0) } ?? w
            }
            return Matrix.rankByPivotedQR(product!)
        }
        var product: Tensor?
        for (index, item) in (arguments.values["product"]?.list ?? []).enumerated() {
            let entry = Arguments(SpecValue(form: .keys(["product[\(index)]": item]), location: item.location, path: item.path),
                                  table: arguments.table, scope: arguments.scope, context: arguments.context, location: item.location)
            let t = Tensor(try entry.matrix("product[\(index)]"))
            if let left = product, left.shape[1] != t.shape[0] {
                throw arguments.error("product", "the product is \(left.shape[0])×\(left.shape[1]) before entry \(index + 1), which is \(t.shape[0])×\(t.shape[1]): the sizes do not match")
            }
            product = product.map { $0.matmul(t) } ?? t
        }
        guard let product else { throw arguments.error("product", "`product` needs one matrix or more") }
        return Matrix.rankByPivotedQR(product)
    }

    private func image(_ key: String) throws(EvaluationError) -> Variable {
        let m = try arguments.matrix(key)
        return Variable(Tensor(shape: [1, 1, m.count, m[0].count], scalars: m.flatMap { $0 }))
    }

    private func function(_ variable: String) throws(EvaluationError) -> DifferentiableExpression {
        guard case .scalar(let text, let parsed)? = arguments.values["function"]?.form else {
            throw arguments.error("function", "needs `function:`, an expression in `\(variable)`")
        }
        switch parsed {
        case .success(let expression): return DifferentiableExpression(expression: expression, variable: variable, scope: arguments.scope)
        case .failure(let failure): throw arguments.error("function", "cannot read `\(text)`: \(failure)")
        }
    }

    /// The values of x from the start through each optimiser step, minimising `function`.
    private func optimize() throws(EvaluationError) -> [Double] {
        let f = try function("x")
        let x = Variable(Tensor(try arguments.number("start")), requiresGrad: true)
        let parameter = Parameter("x", x)
        let run = try OptimizerRun(arguments)
        var trajectory = [x.value.scalars[0]]
        _ = try f(x)
        let lossOf = { () -> Variable in (try? f(x)) ?? Variable(Tensor(0)) }
        if run.adam {
            var adam = Adam(parameters: [parameter], learningRate: run.rate, weightDecay: run.decay)
            for _ in 0..<run.steps { _ = adam.minimize(steps: 1, loss: lossOf); trajectory.append(x.value.scalars[0]) }
        } else {
            var sgd = SGD(parameters: [parameter], learningRate: run.rate, momentum: run.momentum, weightDecay: run.decay)
            for _ in 0..<run.steps { _ = sgd.minimize(steps: 1, loss: lossOf); trajectory.append(x.value.scalars[0]) }
        }
        return trajectory
    }

    /// D*(x) for densities p_data and p_g at a point: the D ∈ (0, 1) maximising
    /// p_data·log D + p_g·log(1 − D), found by gradient ascent on D = σ(θ) with the engine.
    private func optimalDiscriminator() throws(EvaluationError) -> Double {
        let pData = try arguments.number("p_data"), pModel = try arguments.number("p_g")
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
