import DeepLearning

/// One kind of layer a model may list: the options it takes, and how it is built on the engine
/// for an input of a known shape. The recipe checks everything the engine would otherwise trap
/// on, so a layer that does not fit its input is an error naming the layer and both shapes.
///
/// Adding a layer is one new recipe in `LayerRecipes.all`: its option table (keys, ranges and
/// words, checked at load), and its shape rule and construction in `build`.
protocol LayerRecipe: Sendable {
    var name: String { get }
    var table: OptionTable { get }
    /// The key a layer written `- kind: word` gives its word (`- activation: relu`).
    var shorthand: String? { get }
    /// The layer for an input of `input` (without the batch axis), and its output shape.
    func build(_ options: Arguments, input: [Int], weights: inout LayerWeights) throws(EvaluationError) -> BuiltLayer
    /// Keys that the written ones make required, checked at load (`conv2d` without `weights`
    /// needs `filters` and `kernel`).
    func missing(among written: Set<String>) -> [String]
}

extension LayerRecipe {
    var shorthand: String? { nil }
    func missing(among written: Set<String>) -> [String] { [] }
}

/// A layer on the engine and the shape it gives (without the batch axis).
struct BuiltLayer {
    var layer: any Layer
    var output: [Int]
}

/// Every layer kind a model may list.
enum LayerRecipes {
    static let all: [any LayerRecipe] = [
        DenseRecipe(), ActivationRecipe(), Conv2DRecipe(), PoolRecipe(name: "maxpool2d"), PoolRecipe(name: "avgpool2d"), FlattenRecipe(),
        RecurrentRecipe(name: "lstm"), RecurrentRecipe(name: "gru"), AttentionRecipe(name: "attention"),
        AttentionRecipe(name: "multi_head_attention"), NormalizationRecipe(name: "batch_norm"), NormalizationRecipe(name: "layer_norm"),
        EmbeddingRecipe(), DropoutRecipe(),
    ]

    static let names = all.map(\.name)

    static func recipe(_ name: String) -> (any LayerRecipe)? { all.first { $0.name == name } }

    /// `[16, 9, 9]`, for messages.
    static func describe(_ shape: [Int]) -> String { "[" + shape.map(String.init).joined(separator: ", ") + "]" }

    /// The channels, height and width of an image-shaped input, or an error naming both shapes.
    static func image(_ input: [Int], _ options: Arguments) throws(EvaluationError) -> (channels: Int, height: Int, width: Int) {
        guard input.count == 3 else {
            throw options.error(nil, "needs an image input [channels, height, width], but its input is \(describe(input))")
        }
        return (input[0], input[1], input[2])
    }

    /// The output size of a window over `height`×`width`, or an error when the window does not fit.
    static func slide(_ window: Window2D, over input: [Int], _ options: Arguments) throws(EvaluationError) -> (height: Int, width: Int) {
        let (eh, ew) = window.effectiveKernel
        let (h, w) = (input[1], input[2])
        guard h + 2 * window.padding.height >= eh, w + 2 * window.padding.width >= ew else {
            let dilated = window.dilation.height > 1 ? " (\(window.kernel.height)×\(window.kernel.width) dilated by \(window.dilation.height))" : ""
            throw options.error(nil, "its \(eh)×\(ew) window\(dilated) with padding \(window.padding.height) does not fit its input \(describe(input))")
        }
        return window.outputSize(height: h, width: w)
    }

    /// An error when a tensor of `shape` would hold more numbers than the limit.
    static func checkSize(_ shape: [Int], _ what: String, _ options: Arguments) throws(EvaluationError) {
        var count = 1
        for extent in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: extent)
            guard !overflow, product <= SpecLimits.elements else {
                throw options.error(nil, "its \(what) \(describe(shape)) would hold more than \(SpecLimits.elements) numbers (the limit)")
            }
            count = product
        }
    }
}
