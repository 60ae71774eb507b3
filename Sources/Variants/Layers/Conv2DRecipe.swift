import DeepLearning

/// `conv2d: {filters, kernel, stride, padding, dilation, groups, bias}`: seeded random filters
/// over the channels of its input, in `groups` groups that each see their share of the channels.
struct Conv2DRecipe: LayerRecipe {
    let name = "conv2d"
    let table = OptionTable("conv2d", [
        .required("filters", .integer(SpecLimits.size)), .required("kernel", .integer(SpecLimits.size)),
        .optional("stride", .integer(SpecLimits.size)), .optional("padding", .integerOrWord(0...SpecLimits.extent, ["same"])),
        .optional("dilation", .integer(SpecLimits.size)), .optional("groups", .integer(SpecLimits.size)),
        .optional("bias", .word(["true", "false"])),
    ])

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        let image = try LayerRecipes.image(input, options)
        let filters = try options.integer("filters"), kernel = try options.integer("kernel")
        let stride = try options.integer("stride", default: 1), dilation = try options.integer("dilation", default: 1)
        let padding = try Self.padding(options, kernel: kernel, dilation: dilation)
        let window = Window2D(kernel: kernel, stride: stride, padding: padding, dilation: dilation)
        let groups = try options.integer("groups", default: 1)
        guard image.channels % groups == 0, filters % groups == 0 else {
            throw options.error("groups", "\(groups) groups must divide both the \(image.channels) input channels and the \(filters) filters")
        }
        try LayerRecipes.checkSize([filters, image.channels / groups, kernel, kernel], "filters", options)
        let size = try LayerRecipes.slide(window, over: input, options)
        let output = [filters, size.height, size.width]
        try LayerRecipes.checkSize(output, "output", options)
        let layer = Conv2D(image.channels, filters, kernel: kernel, stride: stride, padding: padding, dilation: dilation, groups: groups,
                           bias: try options.word("bias", default: "true") == "true", rng: &weights.rng)
        return BuiltLayer(layer: layer, output: output)
    }

    /// `padding: same` pads d·(k − 1)/2 on every side, half the dilated kernel's extent: the
    /// output keeps the input's size at stride 1, and is ⌈n / s⌉ at stride s. It needs an odd
    /// dilated extent d·(k − 1) + 1, which symmetric padding can centre.
    static func padding(_ options: Arguments, kernel: Int, dilation: Int) throws(EvaluationError) -> Int {
        guard options.holds("padding", word: "same") else { return try options.integer("padding", default: 0) }
        let extent = dilation * (kernel - 1) + 1
        guard extent % 2 == 1 else {
            throw options.error("padding", "`padding: same` needs an odd kernel extent, but kernel \(kernel) dilated by \(dilation) spans \(extent)")
        }
        return (extent - 1) / 2
    }
}
