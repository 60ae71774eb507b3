/// Adam (Kingma & Ba) with bias correction and optional weight decay, either coupled (L2, added
/// to the gradient) or decoupled (AdamW, Loshchilov & Hutter: w ← w − η·λ·w before the step):
/// m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  w ← w − η·m̂ / (√v̂ + ε).
public struct Adam: Optimizer {
    public let parameters: [Parameter]
    public var learningRate: Double
    public var beta1: Double
    public var beta2: Double
    public var epsilon: Double
    public var weightDecay: Double
    /// Whether `weightDecay` shrinks the weights directly (AdamW) instead of joining the gradient.
    public var decoupled: Bool
    /// Number of steps taken.
    public private(set) var stepCount = 0
    private var m: [[Double]]
    private var v: [[Double]]

    public init(parameters: [Parameter], learningRate: Double = 1e-3, beta1: Double = 0.9,
                beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0, decoupled: Bool = false) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.decoupled = decoupled
        m = parameters.map { [Double](repeating: 0, count: $0.count) }
        v = m
    }

    public mutating func step() {
        stepCount += 1
        let c1 = 1 - _pow(beta1, Double(stepCount)), c2 = 1 - _pow(beta2, Double(stepCount))
        let (b1, b2, lr, eps) = (beta1, beta2, learningRate, epsilon)
        for (k, p) in parameters.enumerated() {
            let g = decayed(p, decoupled ? 0 : weightDecay)
            let shrink = decoupled ? 1 - lr * weightDecay : 1
            m[k].withUnsafeMutableBufferPointer { m in
                v[k].withUnsafeMutableBufferPointer { v in
                    p.variable.value.scalars.withUnsafeMutableBufferPointer { w in
                        for i in 0..<w.count {
                            m[i] = b1 * m[i] + (1 - b1) * g[i]
                            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                            let mHat = m[i] / c1, vHat = v[i] / c2
                            w[i] = w[i] * shrink - lr * mHat / (vHat.squareRoot() + eps)
                        }
                    }
                }
            }
        }
    }
}
