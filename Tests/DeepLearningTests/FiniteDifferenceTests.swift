import Testing
@testable import DeepLearning

/// Central-difference checks (relative error < 1e-6 in Double) for every op and module,
/// on seeded random shapes.
@Suite struct FiniteDifferenceTests: RandomTensors {
    var rng = Xoshiro256StarStar(seed: 2024)

    mutating func randomShape() -> [Int] {
        (0..<Int(rng.next() % 3 + 1)).map { _ in Int(rng.next() % 4 + 1) }
    }

    @Test mutating func binaryOpsWithBroadcasting() {
        for _ in 0..<5 {
            let shape = randomShape()
            let a = random(shape), b = random([shape.last!], 0.5, 2)
            checkGradients([a, b]) { v in weightedSum(v[0] + v[1]) }
            checkGradients([a, b]) { v in weightedSum(v[0] - v[1]) }
            checkGradients([a, b]) { v in weightedSum(v[0] * v[1]) }
            checkGradients([a, b]) { v in weightedSum(v[0] / v[1]) }
            checkGradients([b, a]) { v in weightedSum(v[0] * v[1]) }
            checkGradients([random([1]), a]) { v in weightedSum(v[0] / (v[1] + 3)) }
        }
    }

    @Test mutating func unaryOps() {
        let shape = randomShape()
        let x = random(shape), pos = random(shape, 0.5, 2)
        checkGradients([x]) { v in weightedSum(-v[0]) }
        checkGradients([pos]) { v in weightedSum(v[0].pow(2.5)) }
        checkGradients([x]) { v in weightedSum(v[0].exp()) }
        checkGradients([pos]) { v in weightedSum(v[0].log()) }
        checkGradients([pos]) { v in weightedSum(v[0].sqrt()) }
        checkGradients([x]) { v in weightedSum(v[0].squared() * 3 + 1) }
    }

    @Test mutating func reductions() {
        let x = random([3, 4, 2])
        for axes in [nil, [0], [1], [2], [0, 2], [-1]] as [[Int]?] {
            checkGradients([x]) { v in weightedSum(v[0].sum(axes: axes)) }
            checkGradients([x]) { v in weightedSum(v[0].mean(axes: axes, keepDims: true)) }
            checkGradients([x]) { v in weightedSum(v[0].max(axes: axes)) }
        }
    }

    @Test mutating func shapeOps() {
        let x = random([2, 3, 4]), y = random([2, 2, 4])
        checkGradients([x]) { v in weightedSum(v[0].reshaped([6, -1])) }
        checkGradients([x]) { v in weightedSum(v[0].transposed()) }
        checkGradients([x]) { v in weightedSum(v[0].transposed([2, 0, 1])) }
        checkGradients([x]) { v in weightedSum(v[0].slice(axis: 1, 1..<3)) }
        checkGradients([x, y]) { v in weightedSum(Variable.concatenate([v[0], v[1], v[0]], axis: 1)) }
    }

    @Test mutating func matmul() {
        let a = random([3, 5]), b = random([5, 4]), bt = random([4, 5])
        checkGradients([a, b]) { v in weightedSum(v[0].matmul(v[1])) }
        checkGradients([a, bt]) { v in weightedSum(v[0].matmul(v[1], transposeOther: true)) }
        GEMM.using(.openBLAS) {
            checkGradients([a, b]) { v in weightedSum(v[0].matmul(v[1])) }
            checkGradients([a, bt]) { v in weightedSum(v[0].matmul(v[1], transposeOther: true)) }
        }
    }

    @Test mutating func conv2dStridePaddingDilation() {
        for (stride, padding, dilation) in [(1, 0, 1), (2, 1, 1), (1, 2, 2), (3, 1, 2)] {
            let x = random([2, 3, 7, 6]), k = random([4, 3, 3, 2])
            checkGradients([x, k]) { v in
                weightedSum(v[0].conv2d(v[1], window: Window2D(kernel: (3, 2), stride: (stride, stride),
                                                                padding: (padding, padding),
                                                                dilation: (dilation, dilation))))
            }
        }
    }

    @Test mutating func pooling() {
        let x = random([2, 2, 7, 7])
        for w in [Window2D(kernel: 2, stride: 2), Window2D(kernel: 3, stride: 2, padding: 1), Window2D(kernel: 3, stride: 1)] {
            checkGradients([x]) { v in weightedSum(v[0].maxPool2d(w)) }
            checkGradients([x]) { v in weightedSum(v[0].avgPool2d(w)) }
        }
    }

    @Test mutating func activations() {
        let x = random([4, 5], -3, 3)
        let all: [Activation] = [.identity, .logistic, .shiftedLogistic, .scaledShiftedLogistic(a: 2, b: 0.7),
                                 .tanh, .relu, .leakyReLU(slope: 0.1)]
        for act in all { checkGradients([x]) { v in weightedSum(act(v[0])) } }
        let g = Gradients.gradient(at: x) { weightedSum(Activation.hardThreshold($0)) }
        #expect(g == .zeros(x.shape))
        checkGradients([x]) { v in weightedSum(v[0].softmax()) }
        checkGradients([x]) { v in weightedSum(v[0].logSoftmax()) }
    }

    @Test mutating func losses() {
        let logits = random([4, 3], -2, 2)
        let probs = withNoGrad { Variable(logits).softmax().value }
        let p = random([5], 0.1, 0.9), t = random([5], 0, 1)
        checkGradients([logits]) { v in Loss.crossEntropy(logits: v[0], labels: [0, 2, 1, 2]) }
        checkGradients([probs]) { v in Loss.crossEntropy(probabilities: v[0], labels: [0, 2, 1, 2]) }
        checkGradients([p]) { v in Loss.binaryCrossEntropy(probabilities: v[0], targets: t) }
        checkGradients([p]) { v in Loss.meanSquaredError(v[0], t) }
        checkGradients([random([3]), random([3])]) { v in Loss.gaussianKL(mean: v[0], logVariance: v[1]) }
    }

    @Test mutating func modulesWithRespectToParametersAndInputs() {
        var initial = Xoshiro256StarStar(seed: 5)
        let net = Sequential(Conv2D(2, 3, kernel: 3, stride: 1, padding: 1, rng: &initial), Activation.tanh,
                             AvgPool2D(kernel: 2), Conv2D(3, 2, kernel: 2, stride: 1, dilation: 1, rng: &initial),
                             MaxPool2D(kernel: 2, stride: 1), Flatten(), Dense(2, 4, rng: &initial),
                             Activation.logistic, Dense(4, 3, rng: &initial))
        let x = random([2, 2, 6, 6])
        let params = net.parameters.map(\.variable.value)
        // Gradient w.r.t. the input.
        checkGradients([x]) { v in Loss.crossEntropy(logits: net(v[0]), labels: [1, 2]) }
        // Gradient w.r.t. each parameter, rebuilt from explicit tensors.
        checkGradients(params) { v in
            let layers: [any Layer] = [
                Conv2DWith(v[0], v[1], padding: 1), Activation.tanh, AvgPool2D(kernel: 2),
                Conv2DWith(v[2], v[3], padding: 0), MaxPool2D(kernel: 2, stride: 1), Flatten(),
                DenseWith(v[4], v[5]), Activation.logistic, DenseWith(v[6], v[7]),
            ]
            return Loss.crossEntropy(logits: Sequential(layers)(Variable(x)), labels: [1, 2])
        }
    }

    @Test mutating func residualAndRNN() {
        let x = random([3, 4])
        let w1 = random([5, 4]), b1 = random([5]), w2 = random([4, 5])
        checkGradients([x, w1, b1, w2]) { v in
            let h = Activation.tanh(v[0].matmul(v[1], transposeOther: true) + v[2])
            return weightedSum(v[0] + h.matmul(v[3], transposeOther: true))
        }
        let res = Residual(w1: w1, b1: b1, w2: w2, activation: .tanh)
        checkGradients([x]) { v in weightedSum(res(v[0])) }
        let rnn = RNN(inputToHidden: random([3, 2]), hiddenToHidden: random([3, 3]), hiddenToOutput: random([2, 3]),
                      hiddenBias: random([3]), outputBias: random([2]), hiddenActivation: .tanh, outputActivation: .logistic)
        let xs = (0..<4).map { _ in random([2, 2]) }
        checkGradients(xs) { v in weightedSum(rnn.unroll(v).outputs.last!) }
        let ps = rnn.parameters.map(\.variable.value)
        checkGradients(ps) { v in
            // RNN.unroll's recurrence written with the caller's variables so gradients reach them.
            var h = Variable(.zeros([2, 3])); var out = h
            for x in xs {
                h = Activation.tanh(Variable(x).matmul(v[0], transposeOther: true) + h.matmul(v[1], transposeOther: true) + v[3])
                out = Activation.logistic(h.matmul(v[2], transposeOther: true) + v[4])
            }
            return weightedSum(out)
        }
    }
}

/// Layers built around caller-owned variables, so finite differences can probe each parameter.
struct Conv2DWith: Layer {
    let w: Variable, b: Variable, padding: Int
    init(_ w: Variable, _ b: Variable, padding: Int) { self.w = w; self.b = b; self.padding = padding }
    func callAsFunction(_ x: Variable) -> Variable { x.conv2d(w, padding: padding) + b.reshaped([1, -1, 1, 1]) }
    var summary: String { "Conv2DWith" }
}

struct DenseWith: Layer {
    let w: Variable, b: Variable
    init(_ w: Variable, _ b: Variable) { self.w = w; self.b = b }
    func callAsFunction(_ x: Variable) -> Variable { x.matmul(w, transposeOther: true) + b }
    var summary: String { "DenseWith" }
}
