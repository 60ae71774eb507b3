import Testing
@testable import DeepLearning

/// The seed exam's facts, each recomputed by the engine.
@Suite struct SeedExamTests {
    @Test func receptiveFieldsClosedFormAndEmpiricalAgree() {
        let cases: [([Window2D], Int)] = [
            ([Window2D(kernel: 3), Window2D(kernel: 3, stride: 2)], 5),                      // Exercise 2(a)
            ([Window2D(kernel: 3), Window2D(kernel: 3), Window2D(kernel: 3)], 7),
            ([Window2D(kernel: 5), Window2D(kernel: 2, stride: 2), Window2D(kernel: 5)], 14),
            ([Window2D(kernel: 5, padding: 2), Window2D(kernel: 2, stride: 2), Window2D(kernel: 5),
              Window2D(kernel: 2, stride: 2)], 16),                                        // LeNet
            ([Window2D(kernel: 3, dilation: 2), Window2D(kernel: 3, stride: 2, dilation: 3)], 11),
        ]
        for (layers, expected) in cases {
            #expect(ReceptiveField.closedForm(layers: layers) == expected)
            #expect(ReceptiveField.empirical(layers: layers) == expected)
        }
    }

    @Test func rnnCriticalWeightAndGradientRatios() {
        #expect(Activation.shiftedLogistic.criticalWeight == 4)
        #expect(Activation.tanh.criticalWeight == 1)
        #expect(isClose(Activation.scaledShiftedLogistic(a: 2, b: 3).criticalWeight, 4.0 / 6, 1e-15))
        // Convention: ratio = ∂L/∂h(1) ÷ ∂L/∂h(T) = (w/4)^(T−1); for T = 50 that is (w/4)^49.
        let expected: [(Double, Double)] = [(3.9, 0.289), (4.0, 1.0), (4.1, 3.35)]
        for (w, ratio) in expected {
            let r = RNN.gradientRatio(recurrentWeight: w, activation: .shiftedLogistic, steps: 50)
            #expect(isClose(r, ratio, 0.005), "w = \(w): \(r)")
            #expect(isClose(r, _pow(w / 4, 49), 1e-12 * max(1, r)))
        }
        #expect(isClose(RNN.gradientRatio(recurrentWeight: 1, activation: .tanh, steps: 50), 1, 1e-12))
    }

    /// x = (1, −2), W₁ = [[1, .25], [−1, 1]], b₁ = (.1, .5), W₂ = [[1, −1], [.5, 2], [−1, 1]], target 0.
    func workedExample(_ act: Activation) -> (p: Tensor, loss: Double, dW1: Tensor, z: Tensor, h: Tensor) {
        let w1 = Variable(Tensor([[1, 0.25], [-1, 1]]), requiresGrad: true)
        let b1 = Variable(Tensor([0.1, 0.5]), requiresGrad: true)
        let w2 = Variable(Tensor([[1, -1], [0.5, 2], [-1, 1]]), requiresGrad: true)
        let x = Variable(Tensor([[1, -2]]), requiresGrad: true)
        let z = x.matmul(w1, transposeOther: true) + b1
        let h = act(z)
        let logits = h.matmul(w2, transposeOther: true)
        let loss = Loss.crossEntropy(logits: logits, labels: [0])
        loss.backward()
        return (logits.softmax().value, loss.value.scalar, w1.grad!, z.value, h.value)
    }

    @Test func hardThresholdGivesZeroGradient() {
        let r = workedExample(.hardThreshold)
        #expect(r.z.maxAbsDifference(Tensor([[0.6, -2.5]])) < 1e-15)
        #expect(r.h == Tensor([[1, 0]]))
        #expect(r.p.maxAbsDifference(Tensor([[0.5741, 0.3482, 0.0777]])) < 5e-5)
        #expect(isClose(r.loss, 0.5550, 5e-5))
        #expect(r.dW1 == .zeros([2, 2]))
    }

    @Test func logisticHiddenUnitsGiveNonzeroGradient() {
        let r = workedExample(.logistic)
        #expect(r.dW1.maxAbsDifference(Tensor([[-0.1123, 0.2247], [0.1059, -0.2118]])) < 5e-5)
    }

    @Test func residualStackWithZeroOutputWeightsIsIdentity() {
        var rng = Xoshiro256StarStar(seed: 7)
        for depth in [1, 3, 8] {
            let stack = Sequential((0..<depth).map { _ in
                Residual(dimension: 4, hidden: 6, activation: .tanh, zeroOutput: true, rng: &rng) as any Layer
            })
            let x = Tensor.uniform([4], lower: -1, upper: 1, using: &rng)
            let j = Gradients.jacobian(at: x) { stack($0) }
            var identity = Tensor.zeros([4, 4])
            for i in 0..<4 { identity[i, i] = 1 }
            #expect(j == identity)
        }
    }

    @Test func linearBottleneckRankAndParameterCounts() {
        var rng = Xoshiro256StarStar(seed: 11)
        let wide = Dense(100, 100, rng: &rng)
        #expect(wide.parameterCount == 10_100)
        let first = Dense(100, 10, rng: &rng), second = Dense(10, 100, rng: &rng)
        #expect(Sequential(first, second).parameterCount == 2_110)
        let product = second.weight.value.matmul(first.weight.value)       // W₂W₁: 100×100
        #expect(Matrix.rank(product) == 10)
        #expect(Matrix.rank(wide.weight.value) == 100)
    }

    @Test func rnnReconstructedExercise3a() {
        let rnn = RNN(u: 1, w: -1, v: 1, hiddenActivation: .identity, outputActivation: .logistic)
        let (h, y) = rnn.run([3, 1, 0, 2, 5, 1])
        #expect(h == [3, -2, 2, 0, 5, -4])
        #expect(isClose(y.last!, 0.0180, 5e-5))
    }

    @Test func rnnWithLogisticHiddenUnit() {
        let rnn = RNN(u: 0.5, w: -1.0, v: -0.7, hiddenBias: -1.0,
                      hiddenActivation: .logistic, outputActivation: .identity)
        let (h, _) = rnn.run([9, 4, -2])
        for (got, want) in zip(h, [0.9707, 0.5073, 0.0753]) { #expect(isClose(got, want, 5e-5)) }
    }

    @Test func convolutionShapesAndParameterCounts() {
        var rng = Xoshiro256StarStar(seed: 3)
        #expect(Conv2D(3, 32, kernel: 3, rng: &rng).parameterCount == 896)
        let alex = Conv2D(3, 96, kernel: 11, stride: 4, rng: &rng)
        #expect(alex.outputShape(for: [1, 3, 227, 227]) == [1, 96, 55, 55])
        #expect(alex.parameterCount == 34_944)
        let small = Conv2D(3, 10, kernel: 5, stride: 1, padding: 2, rng: &rng)
        #expect(small.outputShape(for: [1, 3, 32, 32]) == [1, 10, 32, 32])
        #expect(small.parameterCount == 760)
    }

    @Test func leNet() {
        var rng = Xoshiro256StarStar(seed: 4)
        let lenet = Sequential(
            Conv2D(1, 6, kernel: 5, padding: 2, rng: &rng), Activation.tanh, AvgPool2D(kernel: 2),
            Conv2D(6, 16, kernel: 5, rng: &rng), Activation.tanh, AvgPool2D(kernel: 2),
            Flatten(), Dense(400, 120, rng: &rng), Activation.tanh, Dense(120, 84, rng: &rng),
            Activation.tanh, Dense(84, 10, rng: &rng))
        #expect(lenet.parameterCount == 61_706)
        let shapes = lenet.outputShapes(input: [1, 1, 28, 28])
        #expect(shapes[2] == [1, 6, 14, 14] && shapes[5] == [1, 16, 5, 5] && shapes.last == [1, 10])
        #expect(ReceptiveField.closedForm(of: lenet, through: 5) == 16)
        #expect(ReceptiveField.empirical(of: lenet, through: 5) == 16)
        #expect(lenet(Tensor.zeros([2, 1, 28, 28])).shape == [2, 10])
        #expect(lenet.summary(input: [1, 1, 28, 28]).map(\.parameterCount) == [156, 0, 0, 2416, 0, 0, 0, 48_120, 0, 10_164, 0, 850])
    }

    @Test func mlpParameterCount() {
        var rng = Xoshiro256StarStar(seed: 1)
        let mlp = Sequential(Dense(10, 5, rng: &rng), Activation.relu, Dense(5, 10, rng: &rng),
                             Activation.relu, Dense(10, 5, rng: &rng))
        #expect(mlp.parameterCount == 170)
        #expect(mlp.parameters.map(\.name) == ["0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias"])
    }

    @Test func vaeKL() {
        let sigma = 0.5
        let kl = Loss.gaussianKL(mean: Variable(Tensor([1.0])), logVariance: Variable(Tensor([_log(sigma * sigma)])))
        #expect(isClose(kl.value.scalar, 0.5 * (1 + 0.25 - 1 - _log(0.25)), 1e-15))
        #expect(isClose(kl.value.scalar, 0.8181, 5e-5))
    }
}
