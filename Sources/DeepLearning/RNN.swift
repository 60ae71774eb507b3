/// A simple recurrent network unrolled over T steps:
/// h(t) = φ_h(W_xh·x(t) + W_hh·h(t−1) + b_h),  y(t) = φ_y(W_hy·h(t) + b_y).
/// The one-unit case has scalar weights u = W_xh, w = W_hh, v = W_hy.
public struct RNN {
    /// W_xh [hidden, input].
    public let inputToHidden: Variable
    /// W_hh [hidden, hidden].
    public let hiddenToHidden: Variable
    /// W_hy [output, hidden].
    public let hiddenToOutput: Variable
    /// b_h [hidden] or `nil`.
    public let hiddenBias: Variable?
    /// b_y [output] or `nil`.
    public let outputBias: Variable?
    /// φ_h.
    public var hiddenActivation: Activation
    /// φ_y.
    public var outputActivation: Activation

    /// Explicit weight matrices.
    public init(inputToHidden: Tensor, hiddenToHidden: Tensor, hiddenToOutput: Tensor,
                hiddenBias: Tensor? = nil, outputBias: Tensor? = nil,
                hiddenActivation: Activation = .tanh, outputActivation: Activation = .identity) {
        let h = hiddenToHidden.shape.first ?? 0
        precondition(inputToHidden.rank == 2 && inputToHidden.shape[0] == h && hiddenToHidden.shape == [h, h]
                     && hiddenToOutput.rank == 2 && hiddenToOutput.shape[1] == h,
                     "RNN: W_xh \(inputToHidden.shape), W_hh \(hiddenToHidden.shape), W_hy \(hiddenToOutput.shape) do not fit [H, I], [H, H], [O, H]")
        precondition(hiddenBias.map { $0.shape == [h] } ?? true && outputBias.map { $0.shape == [hiddenToOutput.shape[0]] } ?? true,
                     "RNN: biases \(hiddenBias?.shape ?? []), \(outputBias?.shape ?? []) do not fit hidden \(h), output \(hiddenToOutput.shape[0])")
        self.inputToHidden = Variable(inputToHidden, requiresGrad: true, name: "inputToHidden")
        self.hiddenToHidden = Variable(hiddenToHidden, requiresGrad: true, name: "hiddenToHidden")
        self.hiddenToOutput = Variable(hiddenToOutput, requiresGrad: true, name: "hiddenToOutput")
        self.hiddenBias = hiddenBias.map { Variable($0, requiresGrad: true, name: "hiddenBias") }
        self.outputBias = outputBias.map { Variable($0, requiresGrad: true, name: "outputBias") }
        self.hiddenActivation = hiddenActivation
        self.outputActivation = outputActivation
    }

    /// The one-unit RNN with scalar weights u (input→hidden), w (hidden→hidden), v (hidden→output).
    public init(u: Double, w: Double, v: Double, hiddenBias: Double? = nil, outputBias: Double? = nil,
                hiddenActivation: Activation, outputActivation: Activation) {
        self.init(inputToHidden: Tensor([[u]]), hiddenToHidden: Tensor([[w]]), hiddenToOutput: Tensor([[v]]),
                  hiddenBias: hiddenBias.map { Tensor([$0]) }, outputBias: outputBias.map { Tensor([$0]) },
                  hiddenActivation: hiddenActivation, outputActivation: outputActivation)
    }

    /// Named parameters.
    public var parameters: [Parameter] {
        [Parameter("inputToHidden", inputToHidden), Parameter("hiddenToHidden", hiddenToHidden),
         Parameter("hiddenToOutput", hiddenToOutput)]
            + (hiddenBias.map { [Parameter("hiddenBias", $0)] } ?? [])
            + (outputBias.map { [Parameter("outputBias", $0)] } ?? [])
    }

    /// Total number of trainable scalars.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// Unrolls over `inputs` (each [N, input]) from `initialState` ([N, hidden], zeros by default).
    /// Returns the hidden states h(1)…h(T) and outputs y(1)…y(T) as graph nodes.
    public func unroll(_ inputs: [Variable], initialState: Variable? = nil) -> (hidden: [Variable], outputs: [Variable]) {
        let hiddenSize = hiddenToHidden.shape[0]
        var h = initialState ?? Variable(.zeros([inputs.first?.shape[0] ?? 1, hiddenSize]))
        var hidden: [Variable] = [], outputs: [Variable] = []
        for x in inputs {
            var z = x.matmul(inputToHidden, transposeOther: true) + h.matmul(hiddenToHidden, transposeOther: true)
            if let b = hiddenBias { z = z + b }
            h = hiddenActivation(z)
            var o = h.matmul(hiddenToOutput, transposeOther: true)
            if let b = outputBias { o = o + b }
            hidden.append(h)
            outputs.append(outputActivation(o))
        }
        return (hidden, outputs)
    }

    /// The one-unit convenience: scalar inputs x(1)…x(T) → (h(1)…h(T), y(1)…y(T)).
    public func run(_ xs: [Double], initialState h0: Double = 0) -> (hidden: [Double], outputs: [Double]) {
        withNoGrad {
            let (h, y) = unroll(xs.map { Variable(Tensor([[$0]])) }, initialState: Variable(Tensor([[h0]])))
            return (h.map { $0.value.scalars[0] }, y.map { $0.value.scalars[0] })
        }
    }

    /// ‖∂L/∂h(1)‖ ÷ ‖∂L/∂h(T)‖ for L = Σ y(T), through the unrolled graph: how much the gradient
    /// shrinks (< 1) or grows (> 1) on its way back over T − 1 transitions.
    public func gradientRatio(inputs: [Tensor], initialState: Tensor? = nil) -> Double {
        precondition(inputs.count >= 1, "gradientRatio: needs at least one step")
        let (hidden, outputs) = unroll(inputs.map { Variable($0) }, initialState: initialState.map { Variable($0) })
        outputs.last!.sum().backward()
        func norm(_ t: Tensor?) -> Double { (t?.scalars.reduce(0) { $0 + $1 * $1 } ?? 0).squareRoot() }
        return norm(hidden.first!.grad) / norm(hidden.last!.grad)
    }

    /// The gradient ratio ∂L/∂h(1) ÷ ∂L/∂h(T) of a one-unit RNN with recurrent weight `w` and
    /// activation φ, zero inputs and h(0) = 0. For zero-centred φ the state stays at 0, so the
    /// ratio is (w·φ′(0))^(T−1) = (w/α)^(T−1) with α = ``Activation/criticalWeight``.
    public static func gradientRatio(recurrentWeight w: Double, activation: Activation, steps: Int) -> Double {
        let rnn = RNN(u: 1, w: w, v: 1, hiddenActivation: activation, outputActivation: .identity)
        return rnn.gradientRatio(inputs: Array(repeating: Tensor([[0.0]]), count: steps))
    }
}
