/// A long short-term memory cell on row vectors x [N, d], h and c [N, h]:
///
///     [i f g o] = x·Wᵀ + h·Uᵀ + b        (4h pre-activations, the gates in that order)
///     i, f, o = σ(·), g = tanh(·)
///     c′ = f ⊙ c + i ⊙ g,   h′ = o ⊙ tanh(c′)
///
/// Every step is built from the engine's differentiable ops, so back-propagation through
/// time reaches the weights, the inputs and the initial state.
public struct LSTMCell {
    /// W [4h, d]: the input weights of the gates i, f, g, o, stacked.
    public let inputWeight: Variable
    /// U [4h, h]: the recurrent weights, stacked the same way.
    public let hiddenWeight: Variable
    /// b [4h], or nil for a cell without bias.
    public let bias: Variable?

    /// The gate activations and the new state of one step.
    public struct Step {
        public var input: Variable
        public var forget: Variable
        public var candidate: Variable
        public var output: Variable
        public var cell: Variable
        public var hidden: Variable
    }

    public init(inputWeight: Variable, hiddenWeight: Variable, bias: Variable?) {
        let h = hiddenWeight.shape[1]
        precondition(inputWeight.shape.count == 2 && inputWeight.shape[0] == 4 * h && hiddenWeight.shape == [4 * h, h],
                     "LSTMCell: W \(inputWeight.shape) and U \(hiddenWeight.shape) are not [4h, d] and [4h, h]")
        precondition(bias.map { $0.shape == [4 * h] } ?? true, "LSTMCell: bias \(bias?.shape ?? []) is not [\(4 * h)]")
        self.inputWeight = inputWeight
        self.hiddenWeight = hiddenWeight
        self.bias = bias
    }

    /// The hidden size h.
    public var hiddenSize: Int { hiddenWeight.shape[1] }
    /// The input size d.
    public var inputSize: Int { inputWeight.shape[1] }
    /// 4(h·d + h² + h) with a bias, 4(h·d + h²) without.
    public var parameterCount: Int { inputWeight.value.count + hiddenWeight.value.count + (bias?.value.count ?? 0) }

    /// One step from the state (h, c).
    public func callAsFunction(_ x: Variable, hidden: Variable, cell: Variable) -> Step {
        let h = hiddenSize
        var pre = x.matmul(inputWeight, transposeOther: true) + hidden.matmul(hiddenWeight, transposeOther: true)
        if let bias { pre = pre + bias }
        let gate = { (k: Int) in pre.slice(axis: 1, (k * h)..<((k + 1) * h)) }
        let i = gate(0).sigmoid(), f = gate(1).sigmoid(), g = gate(2).tanh(), o = gate(3).sigmoid()
        let c = f * cell + i * g
        return Step(input: i, forget: f, candidate: g, output: o, cell: c, hidden: o * c.tanh())
    }

    /// The steps over `inputs` (each [N, d]) from the initial state.
    public func unroll(_ inputs: [Variable], hidden: Variable, cell: Variable) -> [Step] {
        var steps: [Step] = []
        var (h, c) = (hidden, cell)
        for x in inputs {
            let step = self(x, hidden: h, cell: c)
            steps.append(step)
            (h, c) = (step.hidden, step.cell)
        }
        return steps
    }
}
