import DeepLearning

/// A convolutional layer stack with each layer's output shape and parameter count, both
/// computed by the engine (`Sequential.outputShapes`, `Layer.parameterCount`).
struct CNNStack: FigureKind {
    static let keys = ["input", "layers"]
    /// Layer kinds, named and written as in the model spec (docs/model-spec.md): `- kind: {options}`.
    static let kinds = ["dense", "activation", "conv2d", "maxpool2d", "avgpool2d", "flatten"]
    /// Largest layer the figure will build (the engine allocates its weights).
    static let maximumParameters = 20_000_000

    /// One drawn row: what the layer is, its output shape and its parameter count.
    struct Row: Equatable {
        var description: String
        var outputShape: [Int]
        var parameterCount: Int
    }

    var input: [Int]
    var rows: [Row]
    var words: FigureWords

    init(_ spec: SpecMapping, words: FigureWords) throws {
        self.words = words
        let inputValue = try spec.required("input")
        input = try inputValue.list().map { try $0.int(in: 1...100_000) }
        guard input.count == 3 || input.count == 1 else {
            throw inputValue.error("`input` should be [channels, height, width] (or [features] for a dense stack)")
        }
        var rng = Xoshiro256StarStar(seed: 0)
        var shape = [1] + input
        var layers: [any Layer] = []
        var descriptions: [String] = []
        for item in try spec.required("layers").list() {
            let (layer, description) = try Self.layer(item, inputShape: shape, words: words, rng: &rng)
            layers.append(layer)
            descriptions.append(description)
            shape = layer.outputShape(for: shape)
        }
        guard !layers.isEmpty else { throw try spec.required("layers").error("`layers` should list at least one layer") }
        let model = Sequential(layers)
        rows = zip(zip(descriptions, model.outputShapes(input: [1] + input)), layers).map {
            Row(description: $0.0, outputShape: Array($0.1.dropFirst()), parameterCount: $1.parameterCount)
        }
    }

    /// Reads one layer and checks that it fits the incoming shape before the engine sees it.
    private static func layer(_ item: SpecValue, inputShape shape: [Int], words: FigureWords, rng: inout Xoshiro256StarStar) throws -> (any Layer, String) {
        guard case .mapping(let mapping) = item.node, mapping.count >= 1, let keyNode = mapping.first?.key,
              let kind = keyNode.string, let optionsNode = mapping.first?.value else {
            let written = (try? item.string()) ?? ""
            let hint = written == "flatten" ? "; write `flatten: {}`"
                : ActivationName.names.contains(written) ? "; write `activation: \(written)`" : ""
            throw item.error("`\(item.path)` should be a layer written as in the model spec, such as `conv2d: {filters: 8, kernel: 3}`, `maxpool2d: {kernel: 2}`, `flatten: {}`, `dense: {units: 10}` or `activation: relu`\(hint)")
        }
        guard kinds.contains(kind) else {
            let hint = DidYouMean.hint(for: kind, among: kinds)
            throw SpecValue(node: keyNode, path: item.path).error(
                "unknown layer `\(kind)`\(hint)\(hint.isEmpty ? " (one of: \(kinds.joined(separator: ", ")))" : "")")
        }
        guard mapping.count == 1 else {
            throw SpecValue(node: mapping[1].key, path: item.path).error("write the options of `\(kind)` inside it, as in the model spec: `\(kind): {…}`")
        }
        let options = SpecValue(node: optionsNode, path: "\(item.path).\(kind)")
        if kind == "activation" {
            let activation = try ActivationName.activation(options)
            return (activation, activation == .logistic ? words("figureLogistic") : ActivationName.display(activation, words))
        }
        let allowed: [String] = switch kind {
        case "conv2d": ["filters", "kernel", "stride", "padding", "dilation", "bias"]
        case "dense": ["units"]
        case "flatten": []
        default: ["kernel", "stride", "padding"]
        }
        let keys = try options.mapping(allowed: allowed)
        if kind == "flatten" { return (Flatten(), words("figureFlatten")) }
        if kind == "dense" {
            let size = try keys.required("units").int(in: 1...100_000)
            guard shape.count == 2 else {
                throw item.error("`dense` needs a flat input, but the input here is \(format(Array(shape.dropFirst()))); add `- flatten: {}` before it")
            }
            guard Double(shape[1]) * Double(size) <= Double(maximumParameters) else { throw item.error("dense layer \(shape[1])→\(size) is too large to draw") }
            return (Dense(shape[1], size, rng: &rng), words("figureDense", ["from": grouped(shape[1]), "to": grouped(size)]))
        }
        guard shape.count == 4 else {
            throw item.error("`\(kind)` needs a [channels, height, width] input, but the input here is \(format(Array(shape.dropFirst())))")
        }
        let kernel = try keys.required("kernel")
        let size = try kernel.int(in: 1...100_000)
        let stride = try keys["stride"]?.int(in: 1...10_000) ?? (kind == "conv2d" ? 1 : size)
        let dilation = try keys["dilation"]?.int(in: 1...10_000) ?? 1
        let extent = dilation * (size - 1) + 1
        let padding = try Self.padding(keys["padding"], extent: extent, allowsSame: kind == "conv2d")
        guard shape[2] + 2 * padding >= extent, shape[3] + 2 * padding >= extent else {
            throw kernel.error("the \(size)×\(size) window\(dilation > 1 ? " (dilation \(dilation))" : "") does not fit the \(shape[2])×\(shape[3]) input\(padding > 0 ? " with padding \(padding)" : "")")
        }
        let window = "\(size)×\(size)"
        if kind == "conv2d" {
            let filters = try keys.required("filters").int(in: 1...100_000)
            let bias = try keys["bias"]?.bool() ?? true
            guard Double(filters) * Double(shape[1]) * Double(size * size) <= Double(maximumParameters) else { throw item.error("convolution too large to draw") }
            let described = [words("figureConvolution", ["size": window]),
                             words.counted(filters, String(filters), one: "figureFilter", many: "figureFilters"),
                             words("figureStride", ["n": String(stride)]), words("figurePadding", ["n": String(padding)])]
                + (dilation > 1 ? [words("figureDilation", ["n": String(dilation)])] : [])
            return (Conv2D(shape[1], filters, kernel: size, stride: stride, padding: padding, dilation: dilation,
                           bias: bias, rng: &rng), described.joined(separator: ", "))
        }
        if 2 * padding > size, let written = keys["padding"] {
            throw written.error("the padding \(padding) of a \(size)×\(size) pool is more than half its window")
        }
        let described = [words(kind == "maxpool2d" ? "figureMaxPool" : "figureAveragePool", ["size": window]),
                         words("figureStride", ["n": String(stride)])]
            + (padding > 0 ? [words("figurePadding", ["n": String(padding)])] : [])
        let layer: any Layer = kind == "maxpool2d" ? MaxPool2D(kernel: size, stride: stride, padding: padding)
            : AvgPool2D(kernel: size, stride: stride, padding: padding)
        return (layer, described.joined(separator: ", "))
    }

    /// A whole number of cells, or (convolutions) `same`: half the dilated window's extent, which must be odd.
    private static func padding(_ value: SpecValue?, extent: Int, allowsSame: Bool) throws -> Int {
        guard let value else { return 0 }
        if allowsSame, case .scalar(let scalar) = value.node, scalar.string == "same" {
            guard extent % 2 == 1 else { throw value.error("`same` padding needs an odd window extent, but this one is \(extent)") }
            return (extent - 1) / 2
        }
        return try value.int(in: 0...10_000)
    }

    /// `[32, 256, 256]` → `32×256×256`.
    static func format(_ shape: [Int]) -> String { shape.map(String.init).joined(separator: "×") }

    /// 10100 → `10,100`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }

    var total: Int { rows.reduce(0) { $0 + $1.parameterCount } }

    var description: String {
        words("figureLayerStack", [
            "shape": Self.format(input),
            "layers": rows.map { "\($0.description) → \(Self.format($0.outputShape)) (\(parameters($0.parameterCount)))" }.joined(separator: "; "),
            "total": parameters(total),
        ])
    }

    /// "10,100 parameters".
    func parameters(_ count: Int) -> String {
        words.counted(count, Self.grouped(count), one: "figureParameter", many: "figureParameterCount")
    }

    func draw() -> Drawing {
        let rowHeight = 30.0, gap = 16.0, top = 22.0, boxLeft = 8.0
        // Wide enough for the longest layer's words (a language may need more than English).
        let boxWidth = max(300, (rows.map { Label(plain: $0.description).width(size: 13) }.max() ?? 0) + 16)
        let shapeX = boxWidth + 30, paramsX = boxWidth + 260
        let count = rows.count + 1
        var svg = SVGWriter(width: paramsX + 12, height: top + Double(count) * rowHeight + Double(count - 1) * gap + 34)
        svg.text(words("figureLayer"), x: boxLeft + boxWidth / 2, y: 14, size: 11, italic: true, className: "column-head")
        svg.text(words("figureOutputShape"), x: shapeX, y: 14, anchor: "start", size: 11, italic: true, className: "column-head")
        svg.text(words("figureParameters"), x: paramsX, y: 14, anchor: "end", size: 11, italic: true, className: "column-head")
        func y(_ i: Int) -> Double { top + Double(i) * (rowHeight + gap) }
        svg.open("stack-input")
        svg.rect(x: boxLeft, y: y(0), width: boxWidth, height: rowHeight, rounded: 3, dash: "4 3", className: "layer")
        svg.text(words("figureInput"), x: boxLeft + boxWidth / 2, y: y(0) + 20, size: 14, className: "layer-label")
        svg.text(Self.format(input), x: shapeX, y: y(0) + 20, anchor: "start", size: 14, className: "shape")
        svg.close()
        for (i, row) in rows.enumerated() {
            let top = y(i + 1)
            svg.arrow(boxLeft + boxWidth / 2, top - gap - 0.5, boxLeft + boxWidth / 2, top - 0.5, head: 7)
            svg.open("stack-layer")
            svg.rect(x: boxLeft, y: top, width: boxWidth, height: rowHeight, rounded: 3,
                     strokeWidth: row.parameterCount > 0 ? 1.8 : 1, className: "layer")
            svg.text(row.description, x: boxLeft + boxWidth / 2, y: top + 20, size: 13, className: "layer-label")
            svg.text(Self.format(row.outputShape), x: shapeX, y: top + 20, anchor: "start", size: 14, className: "shape")
            svg.text(Self.grouped(row.parameterCount), x: paramsX, y: top + 20, anchor: "end", size: 14, className: "parameters")
            svg.close()
        }
        let bottom = y(count - 1) + rowHeight
        svg.line(shapeX, bottom + 8, paramsX, bottom + 8, strokeWidth: 0.8)
        svg.text(words("figureTotal"), x: shapeX, y: bottom + 26, anchor: "start", size: 13, italic: true)
        svg.text(Self.grouped(total), x: paramsX, y: bottom + 26, anchor: "end", size: 14, weight: "bold", className: "total")
        return Drawing(svg: svg.svg(title: description, className: "figure-svg"), description: description)
    }
}
