import Bank
import DeepLearning

/// The network of an exercise, built on the engine from `model:` with one variant's values.
enum Model {
    /// Layers in order, an input (values, or only a shape), an optional loss, and the weights by
    /// the parameter names they came from (`W1` → the first dense layer's weight).
    case sequential(Sequential, input: SequentialInput, loss: LossSpec?, named: [String: Variable])
    /// A recurrent network unrolled over its inputs.
    case rnn(RNN, inputs: [Double])
    /// A stack of residual units y = x + W₂·φ(W₁x + b₁), at an input.
    case residual([Residual], input: Tensor)

    enum SequentialInput {
        case values(Tensor)
        case shape([Int])
    }

    struct LossSpec {
        var kind: String
        var target: Value
    }

    static let layerKinds = ["dense", "activation", "conv2d", "maxpool2d", "avgpool2d", "flatten"]

    /// Builds the model with `scope`'s values; `seed` initialises weights that the spec leaves random.
    static func build(_ yaml: YAMLValue, scope: [String: Value], seed: UInt64) throws(EvaluationError) -> Model {
        let spec = Arguments(values: yaml.mapping ?? [:], scope: scope, context: "model")
        var rng = Xoshiro256StarStar(seed: seed)
        if let rnn = spec.mapping("rnn") {
            let network = RNN(u: try rnn.number("u"), w: try rnn.number("w"), v: try rnn.number("v", default: 1),
                              hiddenBias: rnn.has("hidden_bias") ? try rnn.number("hidden_bias") : nil,
                              outputBias: rnn.has("output_bias") ? try rnn.number("output_bias") : nil,
                              hiddenActivation: try ActivationName.activation(try rnn.word("hidden", default: "identity"), rnn),
                              outputActivation: try ActivationName.activation(try rnn.word("output", default: "identity"), rnn))
            let inputs = rnn.has("inputs") ? try rnn.vector("inputs") : Array(repeating: 0, count: try rnn.integer("steps"))
            return .rnn(network, inputs: inputs)
        }
        if let residual = spec.mapping("residual") {
            let dimension = try residual.integer("dimension")
            let activation = try ActivationName.activation(try residual.word("activation", default: "relu"), residual)
            let zero = try residual.word("output_weights", default: "random") == "zero"
            let units = (0..<(try residual.integer("depth", default: 1))).map { _ in
                Residual(dimension: dimension, hidden: (try? residual.integer("hidden")) ?? dimension,
                         activation: activation, zeroOutput: zero, rng: &rng)
            }
            let input = Tensor(shape: [1, dimension], scalars: (0..<dimension).map { _ in rng.nextNormal() })
            return .residual(units, input: input)
        }
        return try sequential(spec, rng: &rng)
    }

    private static func sequential(_ spec: Arguments, rng: inout Xoshiro256StarStar) throws(EvaluationError) -> Model {
        guard let layerList = spec.values["layers"]?.sequence else {
            throw EvaluationError(message: "model needs `layers:` (or `rnn:` or `residual:`)")
        }
        let input: SequentialInput
        var shape: [Int]
        switch try spec.value("input") {
        case .vector(let v) where spec.values["input"]?.sequence != nil:
            shape = v.map { Int($0) }
            input = .shape([1] + shape)
        case .vector(let v):
            shape = [v.count]
            input = .values(Tensor(shape: [1, v.count], scalars: v))
        case .number(let x) where spec.values["input"]?.scalar.flatMap(Double.init) != nil:
            shape = [Int(x)]
            input = .shape([1, Int(x)])
        default:
            throw EvaluationError(message: "model `input` is a parameter holding a vector, or a shape such as `[3, 32, 32]`")
        }
        var layers: [any Layer] = []
        var named: [String: Variable] = [:]
        for (index, item) in layerList.enumerated() {
            guard let map = item.mapping, map.count == 1, let kind = map.keys.first else {
                throw EvaluationError(message: "layer \(index + 1) is written `- kind: {options}`, kinds: \(layerKinds.joined(separator: ", "))")
            }
            let options = Arguments(values: map[kind]?.mapping ?? [:], scope: spec.scope, context: "layer \(index + 1) (\(kind))")
            let layer = try Self.layer(kind, options, word: map[kind]?.scalar, inputShape: [1] + shape, named: &named, rng: &rng)
            shape = Array(layer.outputShape(for: [1] + shape).dropFirst())
            layers.append(layer)
        }
        var loss: LossSpec?
        if let lossSpec = spec.values["loss"]?.mapping, let kind = lossSpec.keys.first {
            let options = Arguments(values: lossSpec[kind]?.mapping ?? [:], scope: spec.scope, context: "loss")
            loss = LossSpec(kind: kind, target: try options.value("target"))
        }
        return .sequential(Sequential(layers), input: input, loss: loss, named: named)
    }

    private static func layer(_ kind: String, _ options: Arguments, word: String?, inputShape: [Int],
                              named: inout [String: Variable], rng: inout Xoshiro256StarStar) throws(EvaluationError) -> any Layer {
        switch kind {
        case "dense":
            if options.has("weights") {
                let weights = try options.matrix("weights")
                let bias = options.has("bias") ? Tensor(try options.vector("bias")) : nil
                guard weights.first?.count == inputShape.last else {
                    throw EvaluationError(message: "\(options.context): weights are \(weights.count)×\(weights.first?.count ?? 0) but the input has \(inputShape.last ?? 0) values")
                }
                let dense = Dense(weight: Tensor(weights), bias: bias)
                if let name = options.values["weights"]?.scalar { named[name] = dense.weight }
                if let name = options.values["bias"]?.scalar, let b = dense.bias { named[name] = b }
                return dense
            }
            return Dense(inputShape.last ?? 1, try options.integer("units"), bias: try options.word("bias", default: "true") != "false", rng: &rng)
        case "activation":
            var name = word ?? ""
            if word == nil { name = try options.word("function") }
            return try ActivationName.activation(name, options)
        case "conv2d":
            return Conv2D(inputShape[1], try options.integer("filters"), kernel: try options.integer("kernel"),
                          stride: try options.integer("stride", default: 1), padding: try padding(options, inputShape),
                          dilation: try options.integer("dilation", default: 1), rng: &rng)
        case "maxpool2d":
            return MaxPool2D(kernel: try options.integer("kernel"), stride: try options.integer("stride", default: try options.integer("kernel")),
                             padding: try options.integer("padding", default: 0))
        case "avgpool2d":
            return AvgPool2D(kernel: try options.integer("kernel"), stride: try options.integer("stride", default: try options.integer("kernel")),
                             padding: try options.integer("padding", default: 0))
        case "flatten":
            return Flatten()
        default:
            throw EvaluationError(message: "unknown layer `\(kind)`" + Expression.hint(kind, among: layerKinds) + " (known: \(layerKinds.joined(separator: ", ")))")
        }
    }

    /// `padding: same` keeps the size for stride 1 and odd kernels.
    private static func padding(_ options: Arguments, _ shape: [Int]) throws(EvaluationError) -> Int {
        if options.values["padding"]?.scalar == "same" { return (try options.integer("kernel") - 1) / 2 }
        return try options.integer("padding", default: 0)
    }
}
