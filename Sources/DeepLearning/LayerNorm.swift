/// Layer normalisation over the last axis of any input ([N, F] or [N, T, F]), with γ and β of [F].
public struct LayerNorm: Layer {
    public let gain: Variable
    public let shift: Variable
    public let epsilon: Double

    public init(gain: Variable, shift: Variable, epsilon: Double = 1e-5) {
        precondition(gain.shape.count == 1 && shift.shape == gain.shape, "LayerNorm: γ \(gain.shape) and β \(shift.shape) are not both [F]")
        self.gain = gain
        self.shift = shift
        self.epsilon = epsilon
    }

    public func callAsFunction(_ x: Variable) -> Variable {
        precondition(x.shape.last == gain.shape[0], "LayerNorm: input \(x.shape) does not end in \(gain.shape[0]) features")
        return Normalization.layerNorm(x, gain: gain, shift: shift, epsilon: epsilon)
    }

    public var parameters: [Parameter] { [Parameter("gain", gain), Parameter("shift", shift)] }

    public var summary: String { "LayerNorm(\(gain.shape[0]))" }
}
