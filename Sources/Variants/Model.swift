import Bank
import DeepLearning

/// The network of an exercise, built on the engine from the compiled `model:` with one variant's
/// values. The shape of every layer's input is known before the layer is built, so a layer that
/// does not fit is an error naming the layer and both shapes, never a trap in the engine.
enum Model {
    /// Layers in order, an input (values, or only a shape), an optional loss, and the weights by
    /// the parameter names they came from (`W1` → the first dense layer's weight).
    case sequential(Sequential, input: SequentialInput, loss: LossSpec?, named: [String: Variable])
    /// A recurrent network unrolled over its inputs.
    case rnn(RNN, inputs: [Double])
    /// A stack of residual units y = x + W₂·φ(W₁x + b₁), at an input.
    case residual([Residual], input: Tensor)

    /// Each with the batch axis: [N, …].
    enum SequentialInput {
        case values(Tensor)
        /// Token ids [N, T], for a first `embedding` layer.
        case tokens(Tensor)
        case shape([Int])
    }

    /// A loss checked against the network's output: the class index is one of its classes, a
    /// target vector has one entry per output.
    enum LossSpec {
        case crossEntropy(target: Int)
        case meanSquaredError(target: [Double])
        case binaryCrossEntropy(target: [Double])
    }

    /// Builds the model with `scope`'s values; `seed` initialises weights that the spec leaves random.
    static func build(_ spec: SpecValue, scope: [String: Value], seed: UInt64) throws(EvaluationError) -> Model {
        var rng = Xoshiro256StarStar(seed: seed)
        if let rnn = spec["rnn"] {
            let options = Arguments(rnn, table: ModelSpec.rnnTable, scope: scope, context: "model `rnn`", location: rnn.location)
            let network = RNN(u: try options.number("u"), w: try options.number("w"), v: try options.number("v", default: 1),
                              hiddenBias: options.has("hidden_bias") ? try options.number("hidden_bias") : nil,
                              outputBias: options.has("output_bias") ? try options.number("output_bias") : nil,
                              hiddenActivation: try ActivationName.activation(options, key: "hidden", default: "identity"),
                              outputActivation: try ActivationName.activation(options, key: "output", default: "identity"))
            guard options.has("inputs") != options.has("steps") else {
                throw options.error(nil, "takes either `inputs` (a vector) or `steps` (that many zero inputs)")
            }
            let inputs = options.has("inputs") ? try options.vector("inputs") : Array(repeating: 0, count: try options.integer("steps"))
            guard !inputs.isEmpty, inputs.count <= SpecLimits.steps else {
                throw options.error("inputs", "`inputs` needs from 1 to \(SpecLimits.steps) values")
            }
            return .rnn(network, inputs: inputs)
        }
        if let residual = spec["residual"] {
            let options = Arguments(residual, table: ModelSpec.residualTable, scope: scope, context: "model `residual`", location: residual.location)
            let dimension = try options.integer("dimension")
            let hidden = try options.integer("hidden", default: dimension)
            let activation = try ActivationName.activation(options, key: "activation", default: "relu")
            let zero = try options.word("output_weights", default: "random") == "zero"
            let depth = try options.integer("depth", default: 1)
            try LayerRecipes.checkSize([depth, dimension, hidden], "weights", options)
            let units = (0..<depth).map { _ in
                Residual(dimension: dimension, hidden: hidden, activation: activation, zeroOutput: zero, rng: &rng)
            }
            let input = Tensor(shape: [1, dimension], scalars: (0..<dimension).map { _ in rng.nextNormal() })
            return .residual(units, input: input)
        }
        return try sequential(spec, scope: scope, rng: &rng)
    }

    private static func sequential(_ spec: SpecValue, scope: [String: Value], rng: inout Xoshiro256StarStar) throws(EvaluationError) -> Model {
        let model = Arguments(spec, table: ModelSpec.sequentialTable, scope: scope, context: "model", location: spec.location)
        let input = try Self.input(model)
        var shape = input.shape
        var weights = LayerWeights(rng: rng, batch: input.batch, tokens: input.tokens)
        var layers: [any Layer] = []
        for (index, item) in (spec["layers"]?.list ?? []).enumerated() {
            guard let (kind, written) = item.single, let recipe = LayerRecipes.recipe(kind) else {
                throw EvaluationError(message: "layer \(index + 1) is written `- kind: {options}`", at: item.location)
            }
            let options = Arguments(ModelSpec.options(of: recipe, written), table: recipe.table, scope: scope,
                                    context: "layer \(index + 1) (\(kind))", location: written.location)
            if index == 0, input.tokens != nil, kind != "embedding" {
                throw options.error(nil, "the model's input is token ids, which only an `embedding` layer reads: make it the first layer")
            }
            let built = try recipe.build(options, input: shape, weights: &weights)
            layers.append(built.layer)
            shape = built.output
            // Every weight is also reachable by its place: `wrt: layer1.weight`.
            for parameter in built.layer.parameters { weights.named["layer\(index + 1).\(parameter.name)"] = parameter.variable }
        }
        rng = weights.rng
        let loss = try spec["loss"].map { (written) throws(EvaluationError) in
            try Self.loss(written, output: shape, batch: input.batch, scope: scope)
        }
        return .sequential(Sequential(layers), input: input.form, loss: loss, named: weights.named)
    }

    private static func loss(_ written: SpecValue, output: [Int], batch: Int, scope: [String: Value]) throws(EvaluationError) -> LossSpec {
        guard let (kind, spec) = written.single, let table = ModelSpec.lossTables[kind] else {
            throw EvaluationError(message: "`loss` is one of \(ModelSpec.lossTables.keys.sorted().joined(separator: ", "))", at: written.location)
        }
        let options = Arguments(spec, table: table, scope: scope, context: "loss `\(kind)`", location: written.location)
        let outputs = batch * output.reduce(1, *)
        if kind == "cross_entropy" {
            guard batch == 1, output.count == 1 else {
                throw options.error(nil, "cross-entropy is on the scores [k] of one example, but the output is \(batch) × \(LayerRecipes.describe(output)); use `batch: 1` and end in scores")
            }
            let target = try options.integer("target")
            guard target < outputs else {
                throw options.error("target", "the class index \(target) is not one of the \(outputs) classes 0 … \(outputs - 1) of the output \(LayerRecipes.describe(output))")
            }
            return .crossEntropy(target: target)
        }
        guard let target = try options.value("target").numbers, target.count == outputs else {
            throw options.error("target", "the target needs \(outputs) numbers, one per output of \(batch == 1 ? "" : "\(batch) × ")\(LayerRecipes.describe(output))")
        }
        return kind == "mse" ? .meanSquaredError(target: target) : .binaryCrossEntropy(target: target)
    }
}
