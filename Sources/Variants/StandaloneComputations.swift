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
            let smoothing = try arguments.number("smoothing", default: 0)
            guard smoothing >= 0, smoothing <= 1 else { throw arguments.error("smoothing", "`smoothing` is from 0 (none) to 1") }
            let logits = Variable(Tensor(shape: [1, z.count], scalars: z))
            let loss = smoothing == 0 ? Loss.crossEntropy(logits: logits, labels: [target])
                : Loss.labelSmoothedCrossEntropy(logits: logits, labels: [target], smoothing: smoothing)
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
            return try spatial(average ? input.avgPool2d(window) : input.maxPool2d(window), leaves: ["input_gradient": input])
        case .convolve:
            let input = try image("input")
            let kernel = try arguments.matrix("kernel")
            let stride = try arguments.integer("stride", default: 1), padding = try arguments.integer("padding", default: 0)
            let dilation = try arguments.integer("dilation", default: 1)
            let window = Window2D(kernel: (kernel.count, kernel[0].count), stride: (stride, stride), padding: (padding, padding),
                                  dilation: (dilation, dilation))
            try fits(window, input)
            let filters = Variable(Tensor(shape: [1, 1, kernel.count, kernel[0].count], scalars: kernel.flatMap { $0 }), requiresGrad: true)
            let bias = try arguments.number("bias", default: 0)
            return try spatial(input.conv2d(filters, window: window) + bias, leaves: ["input_gradient": input, "kernel_gradient": filters])
        case .optimize:
            return try optimize()
        case .derivative:
            let f = try function("x")
            let x = Variable(Tensor(try arguments.number("at")), requiresGrad: true)
            let y = try f(x)
            y.backward()
            return .number(x.grad?.scalars[0] ?? 0)
        case .optimalDiscriminator:
            return .number(try optimalDiscriminator())
        case .lstm, .gru:
            return try RecurrentComputations(arguments: arguments).run(lstm: kind == .lstm)
        case .attention:
            return try AttentionComputations(arguments: arguments).attention()
        case .multiHeadAttention:
            return try AttentionComputations(arguments: arguments).multiHead()
        case .batchNorm, .layerNorm:
            return try NormalizationComputations(arguments: arguments).run(batch: kind == .batchNorm)
        case .embedding:
            return try LayerComputations(arguments: arguments).embedding()
        case .dropout:
            return try LayerComputations(arguments: arguments).dropout()
        case .layerParameters:
            return try LayerComputations(arguments: arguments).parameterCount()
        case .binaryCrossEntropyWithLogits, .hinge, .categoricalKL, .gaussianNLL:
            return try LossComputations(arguments: arguments).run(kind)
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
        return Variable(Tensor(shape: [1, 1, m.count, m[0].count], scalars: m.flatMap { $0 }), requiresGrad: true)
    }

    /// `result: output` (the matrix a window computes), or the gradient of L = Σ upstream ⊙ output
    /// with respect to the input or the kernel: for a max pool, where each upstream number goes.
    private func spatial(_ output: Variable, leaves: [String: Variable]) throws(EvaluationError) -> Value {
        let result = try arguments.word("result", default: "output")
        guard result != "output" else { return Self.plane(output.value) }
        guard let leaf = leaves[result] else {
            throw arguments.error("result", "`result: \(result)` is not computed here: use \((["output"] + leaves.keys.sorted()).map { "`\($0)`" }.joined(separator: ", "))")
        }
        output.backward(seed: try TensorArguments(arguments: arguments).upstream(like: output.value))
        return Self.plane(leaf.grad ?? .zeros(leaf.shape))
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

    /// The values of x from the start through each optimiser step, minimising `function`: a
    /// vector for a number x, a matrix with one row per step for a vector x, and for a matrix x
    /// one row per step holding the matrix row by row.
    private func optimize() throws(EvaluationError) -> Value {
        let f = try function("x")
        let start = try arguments.value("start")
        guard let numbers = start.numbers, start.text == nil, !numbers.isEmpty else {
            throw arguments.error("start", "`start` is a number, a vector or a matrix")
        }
        let x: Variable
        switch start {
        case .matrix(let m): x = Variable(Tensor(m), requiresGrad: true)
        case .vector: x = Variable(Tensor(numbers), requiresGrad: true)
        default: x = Variable(Tensor(numbers[0]), requiresGrad: true)
        }
        let isVector = x.shape.count >= 1
        let run = try OptimizerRun(arguments)
        guard try f(x).value.count == 1 else {
            throw arguments.error("function", "the function gives a vector; it must give a number, such as `sum((x - c)^2)`")
        }
        var trajectory = [x.value.scalars]
        let lossOf = { () -> Variable in (try? f(x)) ?? Variable(Tensor(0)) }
        _ = run.minimize([Parameter("x", x)], loss: lossOf) { _ in trajectory.append(x.value.scalars) }
        return isVector ? .matrix(trajectory) : .vector(trajectory.map { $0[0] })
    }

    /// D*(x) for densities p_data and p_g at a point: the D ∈ (0, 1) maximising
    /// p_data·log D + p_g·log(1 − D), found by gradient ascent on D = σ(θ) with the engine.
    /// The 2,000 steps are most of a GAN exercise's variant, and their result depends on the two
    /// densities alone, which a grid draws from few values: each pair is solved once per process.
    private func optimalDiscriminator() throws(EvaluationError) -> Double {
        let pData = try arguments.number("p_data"), pModel = try arguments.number("p_g")
        return Self.solvedDiscriminators.value(for: [pData.bitPattern, pModel.bitPattern]) { Self.optimalDiscriminator(pData, pModel) }
    }

    private static let solvedDiscriminators = ResultMemo<[UInt64], Double>(limit: 10_000)

    /// D = σ(θ) maximising p_data·log D + p_g·log(1 − D), by Adam from θ = 0 until the gradient,
    /// (p_data + p_g)·D − p_data, is at most 1e-15, about the rounding error of computing it:
    /// about 570 steps instead of a fixed 2000, and D within 5e-15 of the optimum, relatively,
    /// over every density pair the 2026 exam draws (2000 fixed steps: within 8e-15).
    private static func optimalDiscriminator(_ pData: Double, _ pModel: Double) -> Double {
        let theta = Variable(Tensor(0), requiresGrad: true)
        var adam = Adam(parameters: [Parameter("theta", theta)], learningRate: 0.1)
        _ = adam.minimize(steps: 2000, gradientTolerance: 1e-15) {
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
