/// RMSProp (Hinton) as PyTorch writes it, with optional L2 weight decay:
/// s ← ρ·s + (1 − ρ)·g²;  w ← w − η·g / (√s + ε).
public struct RMSProp: Optimizer {
    public let parameters: [Parameter]
    public var learningRate: Double
    public var decay: Double
    public var epsilon: Double
    public var weightDecay: Double
    private var square: [[Double]]

    public init(parameters: [Parameter], learningRate: Double, decay: Double = 0.99, epsilon: Double = 1e-8,
                weightDecay: Double = 0) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.decay = decay
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        square = parameters.map { [Double](repeating: 0, count: $0.count) }
    }

    public mutating func step() {
        for (k, p) in parameters.enumerated() {
            let g = decayed(p, weightDecay)
            let (lr, rho, eps) = (learningRate, decay, epsilon)
            square[k].withUnsafeMutableBufferPointer { s in
                p.variable.value.scalars.withUnsafeMutableBufferPointer { w in
                    for i in 0..<w.count {
                        s[i] = rho * s[i] + (1 - rho) * g[i] * g[i]
                        w[i] -= lr * g[i] / (s[i].squareRoot() + eps)
                    }
                }
            }
        }
    }
}
