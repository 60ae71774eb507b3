import Testing
@testable import DeepLearning

/// Compares the engine with values JAX computed (Fixtures/*.json, written by Scripts/jax_reference.py).
/// Both sides are float64; the tolerance is a relative 1e-10 unless stated.
@Suite struct JAXReferenceTests {
    let tolerance = 1e-10

    func check(_ c: [String: Any], _ f: ([Variable]) -> Variable) { checkFixtureCase(c, tolerance: tolerance, f) }

    @Test func elementwiseReductionShapeActivationAndLossOps() throws {
        let fx = try fixture("ops.json")
        let labels = (fx["labels"] as! [Any]).map(integer)
        let targets = tensor(fx["targets"])
        let ops: [String: ([Variable]) -> Variable] = [
            "add": { $0[0] + $0[1] }, "sub": { $0[0] - $0[1] }, "mul": { $0[0] * $0[1] },
            "div": { $0[0] / $0[1] }, "neg": { -$0[0] }, "pow2.5": { $0[0].pow(2.5) },
            "exp": { $0[0].exp() }, "log": { $0[0].log() }, "sqrt": { $0[0].sqrt() },
            "sum_axis1": { $0[0].sum(axes: [1]) }, "mean_axis0_2": { $0[0].mean(axes: [0, 2]) },
            "max_axis2": { $0[0].max(axes: [2]) }, "transpose_201": { $0[0].transposed([2, 0, 1]) },
            "reshape_6x4": { $0[0].reshaped([6, 4]) }, "slice_axis1_1_3": { $0[0].slice(axis: 1, 1..<3) },
            "concat_axis1": { Variable.concatenate([$0[0], $0[1]], axis: 1) },
            "matmul": { $0[0].matmul($0[1]) }, "softmax": { $0[0].softmax() },
            "log_softmax": { $0[0].logSoftmax() }, "logistic": { Activation.logistic($0[0]) },
            "shifted_logistic": { Activation.shiftedLogistic($0[0]) },
            "scaled_shifted_logistic_2_0.7": { Activation.scaledShiftedLogistic(a: 2, b: 0.7)($0[0]) },
            "tanh": { Activation.tanh($0[0]) }, "relu": { Activation.relu($0[0]) },
            "leaky_relu_0.1": { Activation.leakyReLU(slope: 0.1)($0[0]) },
            "cross_entropy_logits": { Loss.crossEntropy(logits: $0[0], labels: labels) },
            "cross_entropy_probs": { Loss.crossEntropy(probabilities: $0[0], labels: labels) },
            "binary_cross_entropy": { Loss.binaryCrossEntropy(probabilities: $0[0], targets: targets) },
            "mse": { Loss.meanSquaredError($0[0], targets) },
        ]
        let cases = fx["cases"] as! [[String: Any]]
        #expect(Set(cases.map { $0["name"] as! String }) == Set(ops.keys))
        for c in cases { check(c, ops[c["name"] as! String]!) }
    }

    @Test func convolutionAndPooling() throws {
        for c in try fixture("conv_pool.json")["cases"] as! [[String: Any]] {
            switch c["name"] as! String {
            case "conv2d":
                check(c) { $0[0].conv2d($0[1], stride: integer(c["stride"]), padding: integer(c["padding"]),
                                         dilation: integer(c["dilation"])) }
            case "max_pool":
                check(c) { $0[0].maxPool2d(Window2D(kernel: integer(c["kernel"]), stride: integer(c["stride"]),
                                                    padding: integer(c["padding"]))) }
            case "avg_pool":
                check(c) { $0[0].avgPool2d(Window2D(kernel: integer(c["kernel"]), stride: integer(c["stride"]),
                                                    padding: integer(c["padding"]))) }
            case let name:
                Issue.record("conv_pool.json has a case `\(name)` this test does not know")
            }
        }
    }

    @Test func convPoolDenseNetwork() throws {
        let fx = try fixture("network.json")
        let conv = Conv2D(weight: tensor(fx["conv_weight"]), bias: tensor(fx["conv_bias"]), padding: 1)
        let dense = Dense(weight: tensor(fx["dense_weight"]), bias: tensor(fx["dense_bias"]))
        let net = Sequential(conv, Activation.relu, MaxPool2D(kernel: 2), Flatten(), dense)
        let x = Variable(tensor(fx["input"]), requiresGrad: true)
        let logits = net(x)
        let loss = Loss.crossEntropy(logits: logits, labels: (fx["labels"] as! [Any]).map(integer))
        loss.backward()
        #expect(relativeError(logits.value, tensor(fx["logits"])) < tolerance)
        #expect(isClose(loss.value.scalar, number(fx["loss"]), 1e-12))
        let got = [x.grad!, conv.weight.grad!, conv.bias!.grad!, dense.weight.grad!, dense.bias!.grad!]
        for (g, want) in zip(got, fx["grads"] as! [Any]) { #expect(relativeError(g, tensor(want)) < tolerance) }
    }

    @Test func adamTrajectoryOverTwentySteps() throws {
        let fx = try fixture("adam.json")
        let a = Variable(tensor(fx["A"])), b = Variable(tensor(fx["b"]).reshaped([-1, 1]))
        let w = Variable(tensor(fx["w0"]).reshaped([-1, 1]), requiresGrad: true)
        var adam = Adam(parameters: [Parameter("w", w)], learningRate: number(fx["learning_rate"]),
                        beta1: number(fx["beta1"]), beta2: number(fx["beta2"]), epsilon: number(fx["epsilon"]))
        let trajectory = (fx["trajectory"] as! [Any]).map(tensor)
        let losses = (fx["losses"] as! [Any]).map(number)
        for step in 0..<20 {
            adam.zeroGrad()
            let loss = (a.matmul(w) - b).squared().mean() + w.pow(4).sum() * 0.1
            loss.backward()
            #expect(isClose(loss.value.scalar, losses[step], 1e-12 * max(1, losses[step])), "step \(step)")
            adam.step()
            #expect(relativeError(w.value.reshaped([-1]), trajectory[step]) < 1e-9, "step \(step + 1)")
        }
    }

    @Test func rnnBackPropagationThroughTime() throws {
        let fx = try fixture("rnn.json")
        let rnn = RNN(inputToHidden: tensor(fx["inputToHidden"]), hiddenToHidden: tensor(fx["hiddenToHidden"]),
                      hiddenToOutput: tensor(fx["hiddenToOutput"]), hiddenBias: tensor(fx["hiddenBias"]),
                      outputBias: tensor(fx["outputBias"]), hiddenActivation: .tanh, outputActivation: .logistic)
        let xs = tensor(fx["inputs"])
        let steps = xs.shape[0]
        let inputs = (0..<steps).map { Variable(xs.slice(axis: 0, $0..<($0 + 1)).reshaped([1, -1])) }
        let (hidden, outputs) = rnn.unroll(inputs)
        let loss = -outputs.last!.log().sum()
        loss.backward()
        #expect(isClose(loss.value.scalar, number(fx["loss"]), 1e-12))
        for (h, want) in zip(hidden, fx["hidden"] as! [Any]) { #expect(relativeError(h.value, tensor(want)) < tolerance) }
        let params = [rnn.inputToHidden, rnn.hiddenToHidden, rnn.hiddenToOutput, rnn.hiddenBias!, rnn.outputBias!]
        for (p, want) in zip(params, fx["grads"] as! [Any]) { #expect(relativeError(p.grad!, tensor(want)) < tolerance) }
        let hiddenGrads = tensor(fx["hiddenGrads"])
        for t in 0..<steps {
            #expect(relativeError(hidden[t].grad!, hiddenGrads.slice(axis: 0, t..<(t + 1)).reshaped([1, -1])) < tolerance,
                    "∂L/∂h(\(t + 1))")
        }
    }

    @Test func residualStackJacobian() throws {
        let fx = try fixture("residual.json")
        let units = (fx["units"] as! [[String: Any]]).map {
            Residual(w1: tensor($0["w1"]), b1: tensor($0["b1"]), w2: tensor($0["w2"]), activation: .tanh) as any Layer
        }
        let stack = Sequential(units)
        let x = tensor(fx["x"])
        #expect(relativeError(stack(x), tensor(fx["output"])) < tolerance)
        #expect(relativeError(Gradients.jacobian(at: x) { stack($0) }, tensor(fx["jacobian"])) < tolerance)
    }

    @Test func receptiveFields() throws {
        for stack in try fixture("receptive_fields.json")["stacks"] as! [[String: Any]] {
            let layers = (stack["layers"] as! [[String: Any]]).map {
                Window2D(kernel: integer($0["kernel"]), stride: integer($0["stride"]), dilation: integer($0["dilation"]))
            }
            let want = integer(stack["receptive_field"])
            #expect(ReceptiveField.closedForm(layers: layers) == want)
            #expect(ReceptiveField.empirical(layers: layers) == want)
        }
    }

    @Test func workedExampleGradients() throws {
        let fx = try fixture("worked_example.json")
        for (key, act) in [("logistic", Activation.logistic), ("hard_threshold", .hardThreshold)] {
            let entry = fx[key] as! [String: Any]
            let w1 = Variable(Tensor([[1, 0.25], [-1, 1]]), requiresGrad: true)
            let x = Variable(Tensor([[1, -2]]))
            let h = act(x.matmul(w1, transposeOther: true) + Variable(Tensor([0.1, 0.5])))
            let logits = h.matmul(Variable(Tensor([[1, -1], [0.5, 2], [-1, 1]])), transposeOther: true)
            let loss = Loss.crossEntropy(logits: logits, labels: [0])
            loss.backward()
            #expect(isClose(loss.value.scalar, number(entry["loss"]), 1e-12))
            #expect(w1.grad!.maxAbsDifference(tensor(entry["dW1"])) < 1e-12)
        }
    }
}
