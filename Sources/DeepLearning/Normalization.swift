/// Layer and batch normalisation, composed from the engine's ops (so their backward passes are
/// those of the mean, the variance and the division they are made of).
public enum Normalization {
    /// (x − μ)/√(σ² + ε) with μ and σ² (biased) over `axes`, then ·γ + β when given.
    public static func normalize(_ x: Variable, axes: [Int], gain: Variable?, shift: Variable?, epsilon: Double) -> Variable {
        let mean = x.mean(axes: axes, keepDims: true)
        let centred = x - mean
        let variance = centred.squared().mean(axes: axes, keepDims: true)
        var y = centred / (variance + epsilon).sqrt()
        if let gain { y = y * gain }
        if let shift { y = y + shift }
        return y
    }

    /// Layer norm of each row of x [N, F] over its F features, with γ and β of [F].
    public static func layerNorm(_ x: Variable, gain: Variable?, shift: Variable?, epsilon: Double = 1e-5) -> Variable {
        normalize(x, axes: [-1], gain: gain, shift: shift, epsilon: epsilon)
    }
}

/// Batch normalisation per feature of x [N, F], of sequences [N, T, F] over N·T, or per channel of
/// images [N, C, H, W] over N·H·W. In training it normalises with the batch's mean
/// and biased variance and updates the running averages (r ← (1 − m)·r + m·batch, the running
/// variance from the unbiased batch variance, as PyTorch does); in evaluation it uses the
/// running averages.
public final class BatchNorm: Layer {
    public let gain: Variable
    public let shift: Variable
    public var runningMean: Tensor
    public var runningVariance: Tensor
    public var momentum: Double
    public var epsilon: Double
    public var isTraining = true

    /// The batch statistics of the last training call.
    public private(set) var batchMean: Tensor?
    public private(set) var batchVariance: Tensor?

    /// γ and β are the caller's variables, so that gradients reach them.
    public init(gain: Variable, shift: Variable, runningMean: Tensor, runningVariance: Tensor,
                momentum: Double = 0.1, epsilon: Double = 1e-5) {
        let f = gain.shape
        precondition(f.count == 1 && [shift.shape, runningMean.shape, runningVariance.shape].allSatisfy { $0 == f },
                     "BatchNorm: γ, β and the running averages must all be [F]")
        self.gain = gain
        self.shift = shift
        self.runningMean = runningMean
        self.runningVariance = runningVariance
        self.momentum = momentum
        self.epsilon = epsilon
    }

    public func callAsFunction(_ x: Variable) -> Variable {
        let f = gain.shape[0]
        switch x.shape.count {
        case 3:
            return normalizeRows(x.reshaped([-1, f])).reshaped(x.shape)
        case 4:
            precondition(x.shape[1] == f, "BatchNorm: input \(x.shape) is not [N, \(f), H, W]")
            let (n, h, w) = (x.shape[0], x.shape[2], x.shape[3])
            let rows = x.transposed([0, 2, 3, 1]).reshaped([n * h * w, f])
            return normalizeRows(rows).reshaped([n, h, w, f]).transposed([0, 3, 1, 2])
        default:
            return normalizeRows(x)
        }
    }

    /// Normalises x [M, F] over its M rows.
    private func normalizeRows(_ x: Variable) -> Variable {
        precondition(x.shape.count == 2 && x.shape[1] == gain.shape[0], "BatchNorm: input \(x.shape) is not [N, \(gain.shape[0])]")
        guard isTraining else {
            let scale = Variable(runningVariance.map { 1 / ($0 + epsilon).squareRoot() })
            return (x - Variable(runningMean)) * scale * gain + shift
        }
        let n = Double(x.shape[0])
        let y = Normalization.normalize(x, axes: [0], gain: gain, shift: shift, epsilon: epsilon)
        let mean = x.value.reduce(axes: [0], initial: 0, +).result * (1 / n)
        let variance = (x.value - mean).map { $0 * $0 }.reduce(axes: [0], initial: 0, +).result * (1 / n)
        batchMean = mean
        batchVariance = variance
        let unbiased = n > 1 ? variance * (n / (n - 1)) : variance
        runningMean = runningMean * (1 - momentum) + mean * momentum
        runningVariance = runningVariance * (1 - momentum) + unbiased * momentum
        return y
    }

    public var parameters: [Parameter] { [Parameter("gain", gain), Parameter("shift", shift)] }

    public var summary: String { "BatchNorm(\(gain.shape[0])\(isTraining ? "" : ", eval"))" }
}
