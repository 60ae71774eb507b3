/// A gated recurrent unit on row vectors x [N, d] and h [N, h], in the convention of PyTorch:
///
///     r = σ(x·W_rᵀ + b_r + h·U_rᵀ + b′_r),   z = σ(x·W_zᵀ + b_z + h·U_zᵀ + b′_z)
///     n = tanh(x·W_nᵀ + b_n + r ⊙ (h·U_nᵀ + b′_n))
///     h′ = (1 − z) ⊙ n + z ⊙ h
///
/// W [3h, d] and U [3h, h] stack the gates r, z, n; b [3h] is the input-side bias and the
/// optional b′ [3h] the recurrent one (PyTorch has both; without b′ it is 3(h·d + h² + h) numbers).
public struct GRUCell {
    public let inputWeight: Variable
    public let hiddenWeight: Variable
    public let bias: Variable?
    public let hiddenBias: Variable?

    /// The gates and the new state of one step.
    public struct Step {
        public var reset: Variable
        public var update: Variable
        public var candidate: Variable
        public var hidden: Variable
    }

    public init(inputWeight: Variable, hiddenWeight: Variable, bias: Variable?, hiddenBias: Variable? = nil) {
        let h = hiddenWeight.shape[1]
        precondition(inputWeight.shape.count == 2 && inputWeight.shape[0] == 3 * h && hiddenWeight.shape == [3 * h, h],
                     "GRUCell: W \(inputWeight.shape) and U \(hiddenWeight.shape) are not [3h, d] and [3h, h]")
        precondition([bias, hiddenBias].allSatisfy { $0.map { $0.shape == [3 * h] } ?? true }, "GRUCell: a bias is not [\(3 * h)]")
        self.inputWeight = inputWeight
        self.hiddenWeight = hiddenWeight
        self.bias = bias
        self.hiddenBias = hiddenBias
    }

    public var hiddenSize: Int { hiddenWeight.shape[1] }
    public var inputSize: Int { inputWeight.shape[1] }
    /// 3(h·d + h² + h), and 3h more with the recurrent bias.
    public var parameterCount: Int {
        [inputWeight, hiddenWeight, bias, hiddenBias].reduce(0) { $0 + ($1?.value.count ?? 0) }
    }

    /// One step from the state h.
    public func callAsFunction(_ x: Variable, hidden: Variable) -> Step {
        let size = hiddenSize
        var fromInput = x.matmul(inputWeight, transposeOther: true)
        var fromHidden = hidden.matmul(hiddenWeight, transposeOther: true)
        if let bias { fromInput = fromInput + bias }
        if let hiddenBias { fromHidden = fromHidden + hiddenBias }
        let gate = { (v: Variable, k: Int) in v.slice(axis: 1, (k * size)..<((k + 1) * size)) }
        let r = (gate(fromInput, 0) + gate(fromHidden, 0)).sigmoid()
        let z = (gate(fromInput, 1) + gate(fromHidden, 1)).sigmoid()
        let n = (gate(fromInput, 2) + r * gate(fromHidden, 2)).tanh()
        return Step(reset: r, update: z, candidate: n, hidden: (1 - z) * n + z * hidden)
    }

    /// The steps over `inputs` (each [N, d]) from the initial state.
    public func unroll(_ inputs: [Variable], hidden: Variable) -> [Step] {
        var steps: [Step] = []
        var h = hidden
        for x in inputs {
            let step = self(x, hidden: h)
            steps.append(step)
            h = step.hidden
        }
        return steps
    }
}
