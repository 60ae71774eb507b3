import DeepLearning

/// What layers are built with besides their options: seeded random weights, the parameters the
/// spec names (so that `gradient: {wrt: W1}` finds the weight that `W1` became), the batch size
/// of the model's input and, for a first `embedding` layer, its token ids.
struct LayerWeights {
    var rng: Xoshiro256StarStar
    var named: [String: Variable] = [:]
    /// N of the input [N, …]: a given dropout mask covers the whole batch.
    var batch = 1
    /// The model's input as token ids, until the embedding that reads them is built.
    var tokens: [Double]?

    /// The weight `key` gives, of `shape`, as a trainable leaf; it is named when a parameter
    /// holds it. Nil when the key is absent.
    mutating func given(_ key: String, _ shape: [Int], _ what: String, _ options: Arguments) throws(EvaluationError) -> Variable? {
        guard options.has(key) else { return nil }
        let weight = Variable(try TensorArguments(arguments: options).tensor(key, shape: shape, what), requiresGrad: true)
        name(key, weight, options)
        return weight
    }

    /// Names `weight` after the parameter that `key` reads, when it reads one.
    mutating func name(_ key: String, _ weight: Variable, _ options: Arguments) {
        if let name = options.values[key]?.text, options.scope[name] != nil { named[name] = weight }
    }

    /// Seeded uniform weights in ±`bound`, as a trainable leaf.
    mutating func random(_ shape: [Int], bound: Double) -> Variable {
        Variable(.uniform(shape, lower: -bound, upper: bound, using: &rng), requiresGrad: true)
    }
}
