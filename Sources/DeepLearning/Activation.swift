/// Elementwise activation functions, each with its exact derivative.
public enum Activation: Sendable, Equatable, CustomStringConvertible {
    /// φ(z) = z.
    case identity
    /// φ(z) = 1 if z ≥ 0 else 0; derivative 0 almost everywhere (taken as 0 everywhere).
    case hardThreshold
    /// φ(z) = σ(z) = 1 / (1 + e^(−z)).
    case logistic
    /// φ(z) = σ(z) − ½ (zero-centred logistic, φ′(0) = ¼).
    case shiftedLogistic
    /// φ(z) = a·(σ(b·z) − ½) (φ′(0) = ab/4).
    case scaledShiftedLogistic(a: Double, b: Double)
    /// φ(z) = tanh z.
    case tanh
    /// φ(z) = max(0, z); derivative taken as 0 at 0.
    case relu
    /// φ(z) = z if z > 0 else slope·z.
    case leakyReLU(slope: Double)

    /// φ(z).
    public func callAsFunction(_ z: Double) -> Double {
        switch self {
        case .identity: z
        case .hardThreshold: z >= 0 ? 1 : 0
        case .logistic: _sigmoid(z)
        case .shiftedLogistic: _sigmoid(z) - 0.5
        case let .scaledShiftedLogistic(a, b): a * (_sigmoid(b * z) - 0.5)
        case .tanh: _tanh(z)
        case .relu: z > 0 ? z : 0
        case let .leakyReLU(slope): z > 0 ? z : slope * z
        }
    }

    /// φ′(z).
    public func derivative(_ z: Double) -> Double {
        switch self {
        case .identity: 1
        case .hardThreshold: 0
        case .logistic, .shiftedLogistic: { let s = _sigmoid(z); return s * (1 - s) }()
        case let .scaledShiftedLogistic(a, b): { let s = _sigmoid(b * z); return a * b * s * (1 - s) }()
        case .tanh: { let t = _tanh(z); return 1 - t * t }()
        case .relu: z > 0 ? 1 : 0
        case let .leakyReLU(slope): z > 0 ? 1 : slope
        }
    }

    /// α = 1 / φ′(0): the recurrent weight at which the per-step gradient factor w·φ′(0) is 1
    /// (4 for the shifted logistic, 1 for tanh, 4/(ab) for a·(σ(bz) − ½)).
    public var criticalWeight: Double { 1 / derivative(0) }

    /// φ applied elementwise, differentiable.
    public func callAsFunction(_ x: Variable) -> Variable {
        if self == .identity { return x }
        let act = self
        return Variable(x.value.map { act($0) }, x) { g in
            x.accumulate(g.zip(x.value) { g, z in g * act.derivative(z) })
        }
    }

    public var description: String {
        switch self {
        case .identity: "identity"
        case .hardThreshold: "hard threshold"
        case .logistic: "logistic"
        case .shiftedLogistic: "σ(z) − ½"
        case let .scaledShiftedLogistic(a, b): "\(a)·(σ(\(b)·z) − ½)"
        case .tanh: "tanh"
        case .relu: "ReLU"
        case let .leakyReLU(slope): "leaky ReLU(\(slope))"
        }
    }
}

extension Variable {
    /// Logistic σ(x).
    public func sigmoid() -> Variable { Activation.logistic(self) }
    /// tanh x.
    public func tanh() -> Variable { Activation.tanh(self) }
    /// max(0, x).
    public func relu() -> Variable { Activation.relu(self) }
}
