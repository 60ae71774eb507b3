import DeepLearning

/// `flatten: {}`: an image [C, H, W] as one vector [C·H·W].
struct FlattenRecipe: LayerRecipe {
    let name = "flatten"
    let table = OptionTable("flatten", [])

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        BuiltLayer(layer: Flatten(), output: [input.reduce(1, *)])
    }
}
