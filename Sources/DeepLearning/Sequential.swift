/// Layers applied one after another; itself a ``Layer``.
public struct Sequential: Layer {
    /// The layers, in order.
    public var layers: [any Layer]

    public init(_ layers: [any Layer]) { self.layers = layers }
    public init(_ layers: any Layer...) { self.layers = layers }

    public func callAsFunction(_ x: Variable) -> Variable {
        var h = x
        for layer in layers { h = layer(h) }
        return h
    }

    /// Parameters named `<layer index>.<local name>` (e.g. `0.weight`).
    public var parameters: [Parameter] {
        layers.enumerated().flatMap { i, layer in
            layer.parameters.map { Parameter("\(i).\($0.name)", $0.variable) }
        }
    }

    public func outputShape(for s: [Int]) -> [Int] { outputShapes(input: s).last ?? s }

    /// The output shape after each layer, for an input of shape `input`.
    public func outputShapes(input: [Int]) -> [[Int]] {
        var shape = input
        return layers.map { shape = $0.outputShape(for: shape); return shape }
    }

    /// One row per layer: description, output shape, parameter count.
    public func summary(input: [Int]) -> [LayerSummary] {
        zip(layers, outputShapes(input: input)).map {
            LayerSummary(layer: $0.summary, outputShape: $1, parameterCount: $0.parameterCount)
        }
    }

    /// Switches every ``Dropout`` inside to training or evaluation mode.
    public func setTraining(_ training: Bool) {
        for layer in layers { (layer as? Dropout)?.isTraining = training }
    }

    public var summary: String { "Sequential(\(layers.map(\.summary).joined(separator: ", ")))" }
}

/// A row of ``Sequential/summary(input:)``.
public struct LayerSummary: Sendable, Equatable, CustomStringConvertible {
    public var layer: String
    public var outputShape: [Int]
    public var parameterCount: Int
    public var description: String { "\(layer): \(outputShape), \(parameterCount) parameters" }
}
