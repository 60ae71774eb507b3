import Foundation

/// Multilayer perceptrons side by side: one box per layer with its unit count, stacked from the
/// input (bottom) to the output (top), upward arrows for dense connections, a name under each.
struct NetworkDiagram: FigureKind {
    static let keys = ["networks", "unit"]

    /// One layer: its width in units and an optional note beside the box ("hidden", "linear").
    struct LayerBox {
        var units: Int
        var note: String?
    }

    /// One network: a name and its layers from input to output.
    struct Network {
        var name: String
        var layers: [LayerBox]
    }

    var networks: [Network]
    /// The word after the count, as the spec writes it; nil (or the default `units`) for the
    /// language's own word for units, singular or plural.
    var unit: String?
    var words: FigureWords

    init(_ spec: SpecMapping, words: FigureWords) throws {
        self.words = words
        unit = try spec.string("unit").flatMap { $0 == "units" ? nil : $0 }
        let list = try spec.required("networks").list()
        guard !list.isEmpty else { throw try spec.required("networks").error("`networks` should list at least one network") }
        networks = try list.map { item in
            let keys = try item.mapping(allowed: ["name", "layers"])
            let layers = try keys.required("layers").list().map { layer -> LayerBox in
                if case .scalar = layer.node { return LayerBox(units: try layer.int(in: 1...Int.max), note: nil) }
                let entry = try layer.mapping(allowed: ["units", "note"])
                return LayerBox(units: try entry.required("units").int(in: 1...Int.max), note: try entry.string("note"))
            }
            guard layers.count >= 2 else {
                throw try keys.required("layers").error("`\(item.path).layers` should have at least two layers (input and output)")
            }
            return Network(name: try keys.required("name").string(), layers: layers)
        }
    }

    func label(_ layer: LayerBox) -> String {
        unit.map { "\(layer.units) \($0)" } ?? words.counted(layer.units, String(layer.units), one: "figureUnit", many: "figureUnits")
    }

    var description: String {
        networks.map { "\($0.name): \($0.layers.map(label).joined(separator: " → "))" }.joined(separator: "; ")
    }

    func draw() -> Drawing {
        let boxHeight = 34.0, gap = 46.0, column = 220.0, top = 12.0
        let depth = networks.map(\.layers.count).max()!
        let largest = Double(networks.flatMap(\.layers).map(\.units).max()!)
        let stackHeight = Double(depth) * boxHeight + Double(depth - 1) * gap
        var svg = SVGWriter(width: column * Double(networks.count), height: top + stackHeight + 42)
        func boxWidth(_ units: Int) -> Double {
            largest <= 1 ? 150 : 80 + 90 * log(Double(units)) / log(largest)
        }
        for (n, network) in networks.enumerated() {
            let cx = column * (Double(n) + 0.5)
            svg.open("network", label: network.name)
            // Bottom-aligned: every input layer sits on the same line.
            let bottom = top + stackHeight
            for (i, layer) in network.layers.enumerated() {
                let y = bottom - Double(i + 1) * boxHeight - Double(i) * gap
                let w = max(boxWidth(layer.units), Label(plain: label(layer)).width(size: 14) + 16)
                svg.rect(x: cx - w / 2, y: y, width: w, height: boxHeight, rounded: 4, className: "layer")
                svg.text(label(layer), x: cx, y: y + boxHeight / 2 + 5, size: 14, className: "layer-label")
                if let note = layer.note {
                    svg.text(Label(note), x: cx + w / 2 + 6, y: y + boxHeight / 2 + 4, anchor: "start", size: 11, className: "layer-note")
                }
                if i > 0 {
                    svg.arrow(cx, y + boxHeight + gap - 2, cx, y + boxHeight + 2)
                }
            }
            svg.text(network.name, x: cx, y: bottom + 30, size: 15, weight: "bold", className: "network-name")
            svg.close()
        }
        return Drawing(svg: svg.svg(title: description, className: "figure-svg"), description: description)
    }
}
