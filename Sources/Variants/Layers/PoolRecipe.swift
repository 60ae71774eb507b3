import DeepLearning

/// `maxpool2d: {kernel, stride, padding}` and `avgpool2d`; the stride defaults to the kernel.
struct PoolRecipe: LayerRecipe {
    let name: String
    var table: OptionTable {
        OptionTable(name, [.required("kernel", .integer(SpecLimits.size)), .optional("stride", .integer(SpecLimits.size)),
                           .optional("padding", .integer(0...SpecLimits.extent))])
    }

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        let image = try LayerRecipes.image(input, options)
        let kernel = try options.integer("kernel")
        let stride = try options.integer("stride", default: kernel), padding = try options.integer("padding", default: 0)
        guard 2 * padding <= kernel else {
            throw options.error("padding", "the padding \(padding) of a \(kernel)×\(kernel) pool is more than half its window")
        }
        let size = try LayerRecipes.slide(Window2D(kernel: kernel, stride: stride, padding: padding), over: input, options)
        let layer: any Layer = name == "maxpool2d" ? MaxPool2D(kernel: kernel, stride: stride, padding: padding)
            : AvgPool2D(kernel: kernel, stride: stride, padding: padding)
        return BuiltLayer(layer: layer, output: [image.channels, size.height, size.width])
    }
}
