/// A trainable tensor with a name (e.g. `"0.weight"`).
public struct Parameter: CustomStringConvertible {
    /// Dotted name, prefixed by the position of the owning layer inside containers.
    public var name: String
    /// The leaf variable holding the value and gradient.
    public let variable: Variable

    public init(_ name: String, _ variable: Variable) {
        self.name = name
        self.variable = variable
    }

    /// The parameter's shape.
    public var shape: [Int] { variable.shape }
    /// Number of scalars.
    public var count: Int { variable.value.count }

    public var description: String { "\(name) \(shape) (\(count))" }
}

/// A building block of a network: a differentiable map with named parameters and a known output shape.
public protocol Layer {
    /// Applies the layer.
    func callAsFunction(_ x: Variable) -> Variable
    /// Parameters with local names (`weight`, `bias`, …).
    var parameters: [Parameter] { get }
    /// The output shape for an input shape (batch axis included).
    func outputShape(for inputShape: [Int]) -> [Int]
    /// The sliding window of a spatial layer (conv/pool), `nil` for pointwise layers.
    var window: Window2D? { get }
    /// A short human-readable description, e.g. `Dense(784→256)`.
    var summary: String { get }
}

extension Layer {
    public var parameters: [Parameter] { [] }
    public var window: Window2D? { nil }
    /// Total number of trainable scalars.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }
    public func outputShape(for inputShape: [Int]) -> [Int] { inputShape }
    /// Applies the layer to a plain tensor without recording gradients.
    public func callAsFunction(_ x: Tensor) -> Tensor { withNoGrad { self(Variable(x)).value } }
}

extension Activation: Layer {
    public var summary: String { description }
}
