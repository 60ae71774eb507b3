/// An LSTM over batches of sequences [N, T, d]: its cell unrolled from a given initial state,
/// giving the hidden states of every step [N, T, h] or of the last step only [N, h].
public struct LSTMLayer: Layer {
    public let cell: LSTMCell
    /// h(0) and c(0), [1, h] (shared by the batch) or [N, h].
    public let initialHidden: Variable
    public let initialCell: Variable
    /// Every step's hidden state, or only the last.
    public let returnsSequence: Bool

    public init(cell: LSTMCell, initialHidden: Variable, initialCell: Variable, returnsSequence: Bool = true) {
        precondition([initialHidden, initialCell].allSatisfy { $0.shape.count == 2 && $0.shape[1] == cell.hiddenSize },
                     "LSTMLayer: the initial states \(initialHidden.shape), \(initialCell.shape) are not [N, \(cell.hiddenSize)]")
        self.cell = cell
        self.initialHidden = initialHidden
        self.initialCell = initialCell
        self.returnsSequence = returnsSequence
    }

    public func callAsFunction(_ x: Variable) -> Variable {
        precondition(x.shape.count == 3 && x.shape[2] == cell.inputSize, "LSTMLayer: input \(x.shape) is not [N, T, \(cell.inputSize)]")
        let states = cell.unroll(x.timeSteps, hidden: initialHidden, cell: initialCell).map(\.hidden)
        return returnsSequence ? Variable.stacking(steps: states) : states[states.count - 1]
    }

    public var parameters: [Parameter] {
        [Parameter("input_weight", cell.inputWeight), Parameter("hidden_weight", cell.hiddenWeight)]
            + (cell.bias.map { [Parameter("bias", $0)] } ?? [])
    }

    public func outputShape(for s: [Int]) -> [Int] {
        returnsSequence ? [s[0], s[1], cell.hiddenSize] : [s[0], cell.hiddenSize]
    }

    public var summary: String { "LSTM(\(cell.inputSize)→\(cell.hiddenSize)\(returnsSequence ? "" : ", last step"))" }
}
