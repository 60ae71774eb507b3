import DeepLearning

/// `conv2d: {filters, kernel, stride, padding, dilation, groups, bias}`: seeded random filters
/// over the channels of its input, in `groups` groups that each see their share of the channels;
/// or `conv2d: {weights: K, bias: b, …}` with given filters [F, C/groups, k, k] (written as a
/// matrix of F·C/groups·k rows of k, or a vector of every number) and a given bias [F].
struct Conv2DRecipe: LayerRecipe {
    let name = "conv2d"
    let table = OptionTable("conv2d", [
        .optional("filters", .integer(SpecLimits.size)), .optional("kernel", .integer(SpecLimits.size)),
        .optional("weights", .values),
        .optional("stride", .integer(SpecLimits.size)), .optional("padding", .integerOrWord(0...SpecLimits.extent, ["same"])),
        .optional("dilation", .integer(SpecLimits.size)), .optional("groups", .integer(SpecLimits.size)),
        .optional("bias", .valuesOrWord(["true", "false"])),
    ])

    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer {
        let image = try LayerRecipes.image(input, options)
        let groups = try options.integer("groups", default: 1)
        guard image.channels % groups == 0 else {
            throw options.error("groups", "\(groups) groups must divide the \(image.channels) input channels")
        }
        let (filters, kernel) = try Self.filters(options, channels: image.channels / groups)
        guard filters % groups == 0 else {
            throw options.error("groups", "\(groups) groups must divide both the \(image.channels) input channels and the \(filters) filters")
        }
        let stride = try options.integer("stride", default: 1), dilation = try options.integer("dilation", default: 1)
        let padding = try Self.padding(options, kernel: kernel, dilation: dilation)
        let window = Window2D(kernel: kernel, stride: stride, padding: padding, dilation: dilation)
        let shape = [filters, image.channels / groups, kernel, kernel]
        try LayerRecipes.checkSize(shape, "filters", options)
        let size = try LayerRecipes.slide(window, over: input, options)
        let output = [filters, size.height, size.width]
        try LayerRecipes.checkSize(output, "output", options)
        let hasBias = !options.holds("bias", word: "false")
        guard options.has("weights") else {
            if options.has("bias"), !options.holds("bias", word: "true"), hasBias {
                throw options.error("bias", "a given `bias` goes with given `weights`; random filters have a zero bias (or `bias: false`)")
            }
            let layer = Conv2D(image.channels, filters, kernel: kernel, stride: stride, padding: padding, dilation: dilation, groups: groups,
                               bias: hasBias, rng: &weights.rng)
            return BuiltLayer(layer: layer, output: output)
        }
        let read = TensorArguments(arguments: options)
        let given = options.has("bias") && !options.holds("bias", word: "true") && hasBias
        let layer = Conv2D(weight: try read.tensor("weights", shape: shape, "the filters"),
                           bias: given ? try read.vector("bias", length: filters, "one bias per filter") : hasBias ? .zeros([filters]) : nil,
                           stride: stride, padding: padding, dilation: dilation, groups: groups)
        weights.name("weights", layer.weight, options)
        if given, let bias = layer.bias { weights.name("bias", bias, options) }
        return BuiltLayer(layer: layer, output: output)
    }

    func missing(among written: Set<String>) -> [String] {
        written.contains("weights") ? [] : ["filters", "kernel"].filter { !written.contains($0) }
    }

    /// The number of filters and the kernel size: written, or read off given filters written as
    /// a matrix of rows of k (k from its columns; F from its rows, k and the channels per group).
    static func filters(_ options: Arguments, channels: Int) throws(EvaluationError) -> (filters: Int, kernel: Int) {
        guard options.has("weights") else {
            guard options.has("filters"), options.has("kernel") else {
                throw options.error(nil, "needs `filters` and `kernel` (random filters) or `weights` (given ones)")
            }
            return (try options.integer("filters"), try options.integer("kernel"))
        }
        let numbers = try options.value("weights").numbers?.count ?? 0
        let kernel: Int
        if options.has("kernel") {
            kernel = try options.integer("kernel")
        } else if case .matrix(let rows) = try options.value("weights") {
            kernel = rows[0].count
        } else {
            throw options.error("weights", "filters written as a vector need `kernel:`; or write them as a matrix of rows of k")
        }
        let perFilter = channels * kernel * kernel
        let filters = options.has("filters") ? try options.integer("filters") : numbers / perFilter
        guard filters >= 1, numbers == filters * perFilter else {
            throw options.error("weights", "`weights` has \(numbers) numbers, which is not \(options.has("filters") ? "\(filters)" : "a whole number of") filters of \(channels) channel\(channels == 1 ? "" : "s") × \(kernel)×\(kernel) (\(perFilter) each)")
        }
        return (filters, kernel)
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
