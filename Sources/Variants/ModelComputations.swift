import DeepLearning

/// Computations on the exercise's network: forward values, loss, gradients, shapes, counts,
/// receptive fields, Jacobians, training runs, RNN states.
struct ModelComputations {
    var model: Model
    var arguments: Arguments

    func run(_ kind: Computation.Kind) throws(EvaluationError) -> Value {
        switch model {
        case .sequential(let network, let input, let loss, let named):
            return try sequential(kind, network, input, loss, named)
        case .rnn(let rnn, let inputs):
            return try recurrent(kind, rnn, inputs)
        case .residual(let units, let input):
            guard kind == .jacobian else { throw unsupported(kind, "a residual stack") }
            let stack = Sequential(units)
            let jacobian = Gradients.jacobian(at: input) { stack($0) }
            return Self.matrix(jacobian)
        }
    }

    private func sequential(_ kind: Computation.Kind, _ network: Sequential, _ input: Model.SequentialInput,
                            _ loss: Model.LossSpec?, _ named: [String: Variable]) throws(EvaluationError) -> Value {
        let through = arguments.has("layer") ? try arguments.integer("layer") : network.layers.count
        guard through >= 1, through <= network.layers.count else {
            throw arguments.error("layer", "`layer` must be between 1 and \(network.layers.count), the model's layers")
        }
        let prefix = Sequential(Array(network.layers.prefix(through)))
        switch kind {
        case .parameterCount:
            return .number(Double(arguments.has("layer") ? network.layers[through - 1].parameters.reduce(0) { $0 + $1.count } : network.parameterCount))
        case .outputShape:
            let shape: [Int] = switch input { case .shape(let s): s; case .values(let t), .tokens(let t): t.shape }
            return .vector(prefix.outputShape(for: shape).dropFirst().map(Double.init))
        case .receptiveField:
            return .number(Double(try receptiveField(network, through: through)))
        default:
            break
        }
        let x: Tensor, isTokens: Bool
        switch input {
        case .values(let t): (x, isTokens) = (t, false)
        case .tokens(let t): (x, isTokens) = (t, true)
        case .shape: throw arguments.error(nil, "needs input values: the model's `input:` must name a vector parameter or give `values:`")
        }
        switch kind {
        case .output, .hidden:
            return TensorArguments.example(prefix(x))
        case .probabilities:
            return TensorArguments.example(withNoGrad { network(Variable(x)).softmax().value })
        case .jacobian:
            guard !isTokens, x.shape.count == 2, x.shape[0] == 1 else {
                throw arguments.error(nil, "a Jacobian is of a model whose input is one vector")
            }
            return Self.matrix(Gradients.jacobian(at: x) { prefix($0) })
        case .loss, .gradient:
            let inputVariable = Variable(x, requiresGrad: !isTokens, name: "input")
            // The model is shared by the exercise's computations: start from zero, or a second
            // `gradient` would add to the gradients of the first.
            for parameter in network.parameters { parameter.variable.zeroGrad() }
            for weight in named.values { weight.zeroGrad() }
            let value: Variable
            if kind == .gradient, arguments.has("layer") || arguments.has("upstream") {
                // L = Σ upstream ⊙ (the output of layer `layer`), upstream ones by default.
                let output = prefix(inputVariable)
                value = (output * Variable(try TensorArguments(arguments: arguments).upstream(like: output.value))).sum()
            } else {
                value = try lossValue(network(inputVariable), loss)
            }
            if kind == .loss { return .number(value.value.scalars[0]) }
            value.backward()
            let target = try arguments.word("wrt")
            if target == "input" {
                guard !isTokens else { throw arguments.error("wrt", "token ids have no gradient; ask for `wrt:` the embedding's table (`layer1.table`)") }
                return TensorArguments.example(inputVariable.grad ?? .zeros(x.shape))
            }
            guard let variable = named[target] else {
                throw arguments.error("wrt", "`wrt: \(target)` names no weight of the model (weights: \(named.keys.sorted().joined(separator: ", ")), or `input`)")
            }
            return TensorArguments.value(variable.grad ?? .zeros(variable.shape))
        case .inputSupport:
            guard !isTokens else { throw arguments.error(nil, "token ids have no gradient, so no input support") }
            return try inputSupport(prefix, x)
        case .train:
            let run = try OptimizerRun(arguments)
            _ = try lossValue(network(Variable(x)), loss)
            let lossOf = { () -> Variable in (try? lossValue(network(Variable(x)), loss)) ?? Variable(Tensor(0)) }
            guard try arguments.word("result", default: "losses") == "weights" else {
                var curve = run.minimize(network.parameters, loss: lossOf)
                curve.append(try lossValue(network(Variable(x)), loss).value.scalars[0])
                return .vector(curve)
            }
            let target = try arguments.word("wrt")
            guard let weight = named[target] else {
                throw arguments.error("wrt", "`wrt: \(target)` names no weight of the model (weights: \(named.keys.sorted().joined(separator: ", ")))")
            }
            // One row per step: the weights before the first update, then after each, row-major.
            var rows = [weight.value.scalars]
            _ = run.minimize(network.parameters, loss: lossOf) { _ in rows.append(weight.value.scalars) }
            return .matrix(rows)
        default:
            throw unsupported(kind, "a layered network")
        }
    }

    /// Where ∂(one unit of the layer's output)/∂input is not zero, on the input's values: the
    /// positions the unit truly depends on there (a max-pool routes through one position of its
    /// window, a ReLU that is off blocks its whole field). `unit` counts from 1 along each axis
    /// of one example's output; the unit is of the first example.
    private func inputSupport(_ prefix: Sequential, _ x: Tensor) throws(EvaluationError) -> Value {
        let input = Variable(x, requiresGrad: true)
        let output = prefix(input)
        let shape = Array(output.shape.dropFirst())
        let unit = try arguments.vector("unit")
        guard unit.count == shape.count, zip(unit, shape).allSatisfy({ $0 == $0.rounded() && $0 >= 1 && $0 <= Double($1) }) else {
            throw arguments.error("unit", "`unit` needs \(shape.count) whole number\(shape.count == 1 ? "" : "s"), from 1 along each axis of the output \(LayerRecipes.describe(shape))")
        }
        var seed = Tensor.zeros(output.shape)
        seed.scalars[seed.offset(of: [0] + unit.map { Int($0) - 1 })] = 1
        output.backward(seed: seed)
        let support = (input.grad ?? .zeros(x.shape)).map { $0 != 0 ? 1 : 0 }
        switch try arguments.word("result", default: "mask") {
        case "count": return .number(support.sum())
        default: return TensorArguments.example(support)
        }
    }

    /// The largest receptive field that is confirmed by measuring a gradient's support: the
    /// measurement needs an input somewhat larger than the field, of side × side numbers.
    static let largestConfirmedField = 1024

    /// The receptive field by the recurrence, confirmed by the support of the input gradient of
    /// the network's windows (`ReceptiveField.empirical`).
    private func receptiveField(_ network: Sequential, through: Int) throws(EvaluationError) -> Int {
        var field = 1, jump = 1
        for window in network.layers.prefix(through).compactMap(\.window) {
            let (grown, overflow) = (window.effectiveKernel.height - 1).multipliedReportingOverflow(by: jump)
            field += overflow ? Self.largestConfirmedField : grown
            jump = jump.multipliedReportingOverflow(by: window.stride.height).overflow ? Self.largestConfirmedField : jump * window.stride.height
            guard field <= Self.largestConfirmedField, jump <= Self.largestConfirmedField else {
                throw arguments.error("layer", "the receptive field grows beyond \(Self.largestConfirmedField) input pixels, the largest this build confirms")
            }
        }
        let closed = ReceptiveField.closedForm(of: network, through: through - 1)
        let empirical = ReceptiveField.empirical(of: network, through: through - 1)
        guard closed == empirical else {
            throw arguments.error(nil, "receptive field: the recurrence gives \(closed) but the input gradient's support is \(empirical)")
        }
        return closed
    }

    private func lossValue(_ output: Variable, _ loss: Model.LossSpec?) throws(EvaluationError) -> Variable {
        guard let loss else { throw arguments.error(nil, "needs `loss:` in the model") }
        switch loss {
        case .crossEntropy(let target):
            return Loss.crossEntropy(logits: output, labels: [target])
        case .meanSquaredError(let t):
            return Loss.meanSquaredError(output, Tensor(shape: output.shape, scalars: t))
        case .binaryCrossEntropy(let t):
            return Loss.binaryCrossEntropy(probabilities: output, targets: Tensor(shape: output.shape, scalars: t))
        }
    }

    private func recurrent(_ kind: Computation.Kind, _ rnn: RNN, _ inputs: [Double]) throws(EvaluationError) -> Value {
        switch kind {
        case .hiddenStates: return .vector(rnn.run(inputs).hidden)
        case .outputs: return .vector(rnn.run(inputs).outputs)
        case .output: return .number(rnn.run(inputs).outputs.last ?? 0)
        case .parameterCount: return .number(Double(rnn.parameterCount))
        case .hidden: return .number(rnn.run(inputs).hidden.last ?? 0)
        default: throw unsupported(kind, "a recurrent network")
        }
    }

    private func unsupported(_ kind: Computation.Kind, _ what: String) -> EvaluationError {
        arguments.error(nil, "`\(kind.rawValue)` is not computed on \(what)")
    }

    static func matrix(_ t: Tensor) -> Value {
        guard t.shape.count == 2 else { return .vector(t.scalars) }
        let columns = t.shape[1]
        return .matrix((0..<t.shape[0]).map { Array(t.scalars[($0 * columns)..<(($0 + 1) * columns)]) })
    }
}
