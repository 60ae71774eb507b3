import DeepLearning

/// `lstm` and `gru` on given weights and inputs: the states of every step, the gates of one
/// step, and gradients by back-propagation through time with respect to any weight, the inputs
/// or the initial state.
struct RecurrentComputations {
    var arguments: Arguments

    static let lstmResults = ["hidden_states", "cell_states", "gates", "gradient"]
    static let gruResults = ["hidden_states", "gates", "gradient"]

    static func table(gated cell: String) -> [Option] {
        let lstm = cell == "lstm"
        return [
            .required("inputs", .values), .required("input_weights", .values), .required("hidden_weights", .values),
            .optional("bias", .values), .optional("h0", .values),
            .optional("result", .word(lstm ? lstmResults : gruResults)), .optional("step", .integer(1...SpecLimits.steps)),
            .optional("wrt", .word(["inputs", "input_weights", "hidden_weights", "bias", "h0"] + (lstm ? ["c0"] : ["hidden_bias"]))),
            .optional("upstream", .values),
        ] + (lstm ? [.optional("c0", .values)] : [.optional("hidden_bias", .values)])
    }

    func run(lstm: Bool) throws(EvaluationError) -> Value {
        let read = TensorArguments(arguments: arguments)
        let gates = lstm ? 4 : 3
        let u = try read.matrix("hidden_weights", "the recurrent weights U [\(gates)h, h]")
        let h = u.shape[1]
        guard u.shape[0] == gates * h else {
            throw arguments.error("hidden_weights", "`hidden_weights` is \(u.shape[0])×\(h), but an \(lstm ? "LSTM" : "GRU") of hidden size \(h) needs \(gates * h)×\(h) (the gates stacked)")
        }
        let xs = try inputs()
        let (steps, d) = (xs.shape[0], xs.shape[1])
        let w = try read.matrix("input_weights", rows: gates * h, columns: d, "an input of \(d) features and hidden size \(h)")
        let leaves: [String: Variable] = [
            "inputs": Variable(xs, requiresGrad: true), "input_weights": Variable(w, requiresGrad: true),
            "hidden_weights": Variable(u, requiresGrad: true),
            "bias": Variable(try read.vector("bias", length: gates * h, "the bias of the stacked gates", default: 0), requiresGrad: true),
            "h0": Variable(try read.vector("h0", length: h, "the initial hidden state", default: 0).reshaped([1, h]), requiresGrad: true),
            lstm ? "c0" : "hidden_bias": Variable(lstm ? try read.vector("c0", length: h, "the initial cell state", default: 0).reshaped([1, h])
                                                       : try read.vector("hidden_bias", length: gates * h, "the recurrent bias", default: 0), requiresGrad: true),
        ]
        let x = (0..<steps).map { leaves["inputs"]!.slice(axis: 0, $0..<($0 + 1)) }
        let result = try arguments.word("result", default: "hidden_states")
        let step = try arguments.integer("step", default: steps)
        guard step <= steps else { throw arguments.error("step", "`step` is \(step), but there are \(steps) inputs") }
        let hidden: [Variable], cells: [Variable], stepGates: [Variable]
        if lstm {
            let cell = LSTMCell(inputWeight: leaves["input_weights"]!, hiddenWeight: leaves["hidden_weights"]!, bias: leaves["bias"]!)
            let run = cell.unroll(x, hidden: leaves["h0"]!, cell: leaves["c0"]!)
            (hidden, cells) = (run.map(\.hidden), run.map(\.cell))
            stepGates = [run[step - 1].input, run[step - 1].forget, run[step - 1].candidate, run[step - 1].output]
        } else {
            let cell = GRUCell(inputWeight: leaves["input_weights"]!, hiddenWeight: leaves["hidden_weights"]!,
                               bias: leaves["bias"]!, hiddenBias: leaves["hidden_bias"]!)
            let run = cell.unroll(x, hidden: leaves["h0"]!)
            (hidden, cells) = (run.map(\.hidden), [])
            stepGates = [run[step - 1].reset, run[step - 1].update, run[step - 1].candidate]
        }
        switch result {
        case "cell_states": return TensorArguments.value(Variable.concatenate(cells, axis: 0).value)
        case "gates": return TensorArguments.value(Variable.concatenate(stepGates, axis: 0).value)
        case "gradient": return try gradient(Variable.concatenate(hidden, axis: 0), leaves: leaves, read)
        default: return TensorArguments.value(Variable.concatenate(hidden, axis: 0).value)
        }
    }

    /// The inputs [T, d]: a matrix has one row per step; a vector is T steps of one number.
    private func inputs() throws(EvaluationError) -> Tensor {
        if case .vector(let v) = try arguments.value("inputs"), !v.isEmpty { return Tensor(shape: [v.count, 1], scalars: v) }
        return try TensorArguments(arguments: arguments).matrix("inputs", "the inputs, one row per step")
    }

    /// ∂L/∂(the leaf `wrt`), for `upstream` ∂L/∂h(T) (h numbers) or ∂L/∂h(1 … T) (T×h).
    private func gradient(_ states: Variable, leaves: [String: Variable], _ read: TensorArguments) throws(EvaluationError) -> Value {
        let (steps, h) = (states.shape[0], states.shape[1])
        var seed = Tensor.zeros(states.shape)
        if arguments.has("upstream"), let numbers = try arguments.value("upstream").numbers, numbers.count == h, steps > 1 {
            seed.scalars.replaceSubrange(((steps - 1) * h)..<(steps * h), with: numbers)
        } else if !arguments.has("upstream") {
            seed.scalars.replaceSubrange(((steps - 1) * h)..<(steps * h), with: repeatElement(1, count: h))
        } else {
            seed = try read.upstream(like: states.value)
        }
        let target = try arguments.word("wrt")
        guard let leaf = leaves[target] else { throw arguments.error("wrt", "`wrt: \(target)` names nothing of this cell") }
        states.backward(seed: seed)
        let grad = leaf.grad ?? .zeros(leaf.shape)
        return ["h0", "c0"].contains(target) ? .vector(grad.scalars) : TensorArguments.value(grad)
    }
}
