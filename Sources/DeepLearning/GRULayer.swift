/// A GRU over batches of sequences [N, T, d]: its cell unrolled from a given initial state,
/// giving the hidden states of every step [N, T, h] or of the last step only [N, h].
public struct GRULayer: Layer {
    public let cell: GRUCell
    /// h(0), [1, h] (shared by the batch) or [N, h].
    public let initialHidden: Variable
    /// Every step's hidden state, or only the last.
    public let returnsSequence: Bool

    public init(cell: GRUCell, initialHidden: Variable, returnsSequence: Bool = true) {
        precondition(initialHidden.shape.count == 2 && initialHidden.shape[1] == cell.hiddenSize,
                     "GRULayer: the initial state \(initialHidden.shape) is not [N, \(cell.hiddenSize)]")
        self.cell = cell
        self.initialHidden = initialHidden
        self.returnsSequence = returnsSequence
    }

    public func callAsFunction(_ x: Variable) -> Variable {
        precondition(x.shape.count == 3 && x.shape[2] == cell.inputSize, "GRULayer: input \(x.shape) is not [N, T, \(cell.inputSize)]")
        let states = cell.unroll(x.timeSteps, hidden: initialHidden).map(\.hidden)
        return returnsSequence ? Variable.stacking(steps: states) : states[states.count - 1]
    }

    public var parameters: [Parameter] {
        [Parameter("input_weight", cell.inputWeight), Parameter("hidden_weight", cell.hiddenWeight)]
            + (cell.bias.map { [Parameter("bias", $0)] } ?? []) + (cell.hiddenBias.map { [Parameter("hidden_bias", $0)] } ?? [])
    }

    public func outputShape(for s: [Int]) -> [Int] {
        returnsSequence ? [s[0], s[1], cell.hiddenSize] : [s[0], cell.hiddenSize]
    }

    public var summary: String { "GRU(\(cell.inputSize)→\(cell.hiddenSize)\(returnsSequence ? "" : ", last step"))" }
}
