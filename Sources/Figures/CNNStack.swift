import DeepLearning

/// A convolutional layer stack with each layer's output shape and parameter count, both
/// computed by the engine (`Sequential.outputShapes`, `Layer.parameterCount`).
struct CNNStack: FigureKind {
    static let keys = ["input", "layers"]
    /// Layer kinds written as the first key of a mapping (`- conv: 3`) or alone (`- relu`).
    static let windowed = ["conv", "maxpool", "avgpool"]
    static let mapped = windowed + ["dense"]
    static let bare = ["flatten", "relu", "tanh", "logistic", "identity"]
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

    init(_ spec: SpecMapping) throws {
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
            let (layer, description) = try Self.layer(item, inputShape: shape, rng: &rng)
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
    private static func layer(_ item: SpecValue, inputShape shape: [Int], rng: inout Xoshiro256StarStar) throws -> (any Layer, String) {
        if case .scalar = item.node {
            let name = try item.choice(bare)
            switch name {
            case "flatten": return (Flatten(), "flatten")
            case "relu": return (Activation.relu, "ReLU")
            case "tanh": return (Activation.tanh, "tanh")
            case "logistic": return (Activation.logistic, "logistic")
            default: return (Activation.identity, "identity")
            }
        }
        guard case .mapping(let mapping) = item.node, let first = mapping.first?.key.string else {
            throw item.error("`\(item.path)` should be a layer such as `conv: 3`, `maxpool: 2`, `dense: 10` or `relu`")
        }
        guard mapped.contains(first) else {
            let hint = DidYouMean.hint(for: first, among: mapped)
            throw SpecValue(node: mapping.first!.key, path: item.path).error(
                "unknown layer `\(first)`\(hint)\(hint.isEmpty ? " (one of: \((mapped + bare).joined(separator: ", ")))" : "")")
        }
        let allowed: [String] = switch first {
        case "conv": ["conv", "filters", "stride", "padding", "dilation", "bias"]
        case "dense": ["dense", "bias"]
        default: [first, "stride", "padding"]
        }
        let keys = try item.mapping(allowed: allowed)
        let size = try keys.required(first).int(in: 1...100_000)
        let bias = try keys["bias"]?.bool() ?? true
        if first == "dense" {
            guard shape.count == 2 else {
                throw item.error("`dense` needs a flat input, but the input here is \(format(Array(shape.dropFirst()))); add `- flatten` before it")
            }
            guard Double(shape[1]) * Double(size) <= Double(maximumParameters) else { throw item.error("dense layer \(shape[1])→\(size) is too large to draw") }
            return (Dense(shape[1], size, bias: bias, rng: &rng), "dense \(grouped(shape[1])) → \(grouped(size))")
        }
        guard shape.count == 4 else {
            throw item.error("`\(first)` needs a [channels, height, width] input, but the input here is \(format(Array(shape.dropFirst())))")
        }
        let stride = try keys["stride"]?.int(in: 1...10_000) ?? (first == "conv" ? 1 : size)
        let padding = try keys["padding"]?.int(in: 0...10_000) ?? 0
        let dilation = try keys["dilation"]?.int(in: 1...10_000) ?? 1
        let extent = dilation * (size - 1) + 1
        guard shape[2] + 2 * padding >= extent, shape[3] + 2 * padding >= extent else {
            throw try keys.required(first).error("the \(size)×\(size) window\(dilation > 1 ? " (dilation \(dilation))" : "") does not fit the \(shape[2])×\(shape[3]) input\(padding > 0 ? " with padding \(padding)" : "")")
        }
        var words = "\(size)×\(size)"
        if first == "conv" {
            let filters = try keys.required("filters").int(in: 1...100_000)
            guard Double(filters) * Double(shape[1]) * Double(size * size) <= Double(maximumParameters) else { throw item.error("convolution too large to draw") }
            words = "conv \(words), \(filters) filter\(filters == 1 ? "" : "s"), stride \(stride), padding \(padding)"
            if dilation > 1 { words += ", dilation \(dilation)" }
            return (Conv2D(shape[1], filters, kernel: size, stride: stride, padding: padding, dilation: dilation,
                           bias: bias, rng: &rng), words)
        }
        words = "\(first == "maxpool" ? "max" : "average") pool \(words), stride \(stride)" + (padding > 0 ? ", padding \(padding)" : "")
        let layer: any Layer = first == "maxpool" ? MaxPool2D(kernel: size, stride: stride, padding: padding)
            : AvgPool2D(kernel: size, stride: stride, padding: padding)
        return (layer, words)
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
        "Layer stack, input \(Self.format(input)): "
            + rows.map { "\($0.description) → \(Self.format($0.outputShape)) (\(Self.grouped($0.parameterCount)) parameters)" }.joined(separator: "; ")
            + "; total \(Self.grouped(total)) parameters"
    }

    func draw() -> Drawing {
        let rowHeight = 30.0, gap = 16.0, top = 22.0, boxLeft = 8.0, boxWidth = 300.0
        let shapeX = 330.0, paramsX = 560.0
        let count = rows.count + 1
        var svg = SVGWriter(width: 572, height: top + Double(count) * rowHeight + Double(count - 1) * gap + 34)
        svg.text("layer", x: boxLeft + boxWidth / 2, y: 14, size: 11, italic: true, className: "column-head")
        svg.text("output shape", x: shapeX, y: 14, anchor: "start", size: 11, italic: true, className: "column-head")
        svg.text("parameters", x: paramsX, y: 14, anchor: "end", size: 11, italic: true, className: "column-head")
        func y(_ i: Int) -> Double { top + Double(i) * (rowHeight + gap) }
        svg.open("stack-input")
        svg.rect(x: boxLeft, y: y(0), width: boxWidth, height: rowHeight, rounded: 3, dash: "4 3", className: "layer")
        svg.text("input", x: boxLeft + boxWidth / 2, y: y(0) + 20, size: 14, className: "layer-label")
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
        svg.text("total", x: shapeX, y: bottom + 26, anchor: "start", size: 13, italic: true)
        svg.text(Self.grouped(total), x: paramsX, y: bottom + 26, anchor: "end", size: 14, weight: "bold", className: "total")
        return Drawing(svg: svg.svg(title: description, className: "figure-svg"), description: description)
    }
}
