import DeepLearning

/// `activation: relu`, or `activation: {function: scaled_logistic, a: 2, b: 1}` for an activation
/// that reads values.
struct ActivationRecipe: LayerRecipe {
    let name = "activation"
    let shorthand: String? = "function"
    let table = OptionTable("activation", [.required("function", ActivationName.word)] + ActivationName.options)

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        BuiltLayer(layer: try ActivationName.activation(options, key: "function"), output: input)
    }
}
