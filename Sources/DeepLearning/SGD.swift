/// Stochastic gradient descent with optional (heavy-ball or Nesterov) momentum and L2 weight
/// decay, as PyTorch writes it:
/// v ← μ·v + g;  w ← w − η·v, or with Nesterov w ← w − η·(g + μ·v)   (plain SGD when μ = 0).
public struct SGD: Optimizer {
    public let parameters: [Parameter]
    public var learningRate: Double
    public var momentum: Double
    public var nesterov: Bool
    public var weightDecay: Double
    private var velocity: [[Double]]

    public init(parameters: [Parameter], learningRate: Double, momentum: Double = 0, nesterov: Bool = false,
                weightDecay: Double = 0) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        self.nesterov = nesterov
        self.weightDecay = weightDecay
        velocity = parameters.map { [Double](repeating: 0, count: $0.count) }
    }

    public mutating func step() {
        for (k, p) in parameters.enumerated() {
            let g = decayed(p, weightDecay)
            let lr = learningRate, mu = momentum, ahead = nesterov
            velocity[k].withUnsafeMutableBufferPointer { v in
                p.variable.value.scalars.withUnsafeMutableBufferPointer { w in
                    for i in 0..<w.count {
                        v[i] = mu * v[i] + g[i]
                        w[i] -= lr * (ahead ? g[i] + mu * v[i] : v[i])
                    }
                }
            }
        }
    }
}
