import Foundation

/// A recurrent network: folded (one input, hidden and output unit, the hidden unit with a
/// self-loop) or unrolled over time steps (h(1) → h(2) → … → h(T)), weights on the arrows.
struct RNNDiagram: FigureKind {
    static let keys = ["layout", "input", "hidden", "output", "hidden_activation", "output_activation",
                       "weights", "note", "steps", "inputs", "outputs"]

    enum Layout: String { case folded, unrolled }

    var layout: Layout
    /// Base symbols; the time step is added as a superscript: x → x^{(t)}.
    var input: String, hidden: String, output: String
    var hiddenActivation: String?, outputActivation: String?
    /// Labels of the input→hidden, hidden→hidden and hidden→output weights.
    var inputWeight: String?, recurrentWeight: String?, outputWeight: String?
    /// A visible remark such as "Figure redrawn: the original was lost".
    var note: String?
    /// Unrolled: the time steps drawn; an ellipsis goes before the last one.
    var steps: [String]
    /// Unrolled: where inputs enter and outputs leave: `first`/`every`/`none`, `last`/`every`/`none`.
    var inputs: String, outputs: String

    var words: FigureWords

    init(_ spec: SpecMapping, words: FigureWords) throws {
        self.words = words
        layout = Layout(rawValue: try spec["layout"]?.choice(["folded", "unrolled"]) ?? "folded")!
        input = try spec.string("input") ?? "x"
        hidden = try spec.string("hidden") ?? "h"
        output = try spec.string("output") ?? "y"
        hiddenActivation = try spec.string("hidden_activation")
        outputActivation = try spec.string("output_activation")
        if let weights = try spec["weights"]?.mapping(allowed: ["input", "recurrent", "output"]) {
            inputWeight = try weights.string("input")
            recurrentWeight = try weights.string("recurrent")
            outputWeight = try weights.string("output")
        }
        note = try spec.string("note")
        if layout == .folded {
            for key in ["steps", "inputs", "outputs"] {
                if let value = spec[key] { throw value.error("`\(key)` is for `layout: unrolled`") }
            }
        }
        steps = try spec["steps"]?.list().map { try $0.string() } ?? ["1", "2", "3", "T"]
        if steps.count < 2 { throw try spec.required("steps").error("`steps` should name at least two time steps") }
        inputs = try spec["inputs"]?.choice(["first", "every", "none"]) ?? "every"
        outputs = try spec["outputs"]?.choice(["last", "every", "none"]) ?? "every"
    }

    private func timed(_ symbol: String, _ step: String) -> Label { Label("\(symbol)^{(\(step))}") }

    var description: String {
        var parts: [String] = []
        func weight(_ w: String?) -> String { w.map { words("figureThroughWeight", ["w": Label($0).plain]) } ?? "" }
        func activation(_ a: String?) -> String { a.map { " (\($0))" } ?? "" }
        switch layout {
        case .folded:
            let x = timed(input, "t").plain, h = timed(hidden, "t").plain, y = timed(output, "t").plain
            parts.append(words("figureRecurrent", ["x": x, "h": h, "activation": activation(hiddenActivation), "weight": weight(inputWeight)]))
            parts.append(words("figureSelfLoop", ["h": h, "next": timed(hidden, "t+1").plain, "weight": weight(recurrentWeight)]))
            parts.append(words("figureToOutput", ["h": h, "y": y, "activation": activation(outputActivation), "weight": weight(outputWeight)]))
        case .unrolled:
            let chain = steps.dropLast().map { timed(hidden, $0).plain } + ["…", timed(hidden, steps.last!).plain]
            parts.append(words("figureUnrolled", ["chain": chain.joined(separator: " → "), "weight": weight(recurrentWeight),
                                                  "activation": activation(hiddenActivation)]))
            switch inputs {
            case "first": parts.append(words("figureInputFirst", ["x": Label(input).plain, "h": timed(hidden, steps[0]).plain, "weight": weight(inputWeight)]))
            case "every": parts.append(words("figureInputEvery", ["x": timed(input, "t").plain, "h": timed(hidden, "t").plain, "weight": weight(inputWeight)]))
            default: break
            }
            let out = ["activation": activation(outputActivation), "weight": weight(outputWeight)]
            switch outputs {
            case "last": parts.append(words("figureOutputLast", out.merging(["y": Label(output).plain, "h": timed(hidden, steps.last!).plain]) { $1 }))
            case "every": parts.append(words("figureOutputEvery", out.merging(["y": timed(output, "t").plain, "h": timed(hidden, "t").plain]) { $1 }))
            default: break
            }
        }
        return parts.joined(separator: "; ") + (note.map { ". \($0)" } ?? "")
    }

    func draw() -> Drawing {
        let svg = layout == .folded ? drawFolded() : drawUnrolled()
        return Drawing(svg: svg.svg(title: description, className: "figure-svg"), description: description)
    }

    private func noteLine(_ svg: inout SVGWriter) {
        guard let note else { return }
        svg.text(note, x: 8, y: 18, anchor: "start", size: 12, italic: true, className: "figure-note")
    }

    private func drawFolded() -> SVGWriter {
        let top = note == nil ? 10.0 : 34.0
        let r = 26.0, cx = 150.0
        let yOut = top + 34, yHidden = yOut + 120, yIn = yHidden + 120
        var svg = SVGWriter(width: 360, height: yIn + 40)
        noteLine(&svg)
        svg.open("unit input")
        svg.rect(x: cx - r, y: yIn - r + 4, width: 2 * r, height: 2 * r - 8, rounded: 3, className: "node")
        svg.text(timed(input, "t"), x: cx, y: yIn + 6, size: 17)
        svg.close()
        svg.open("unit hidden")
        svg.ellipse(cx: cx, cy: yHidden, rx: r, ry: r, className: "node")
        svg.text(timed(hidden, "t"), x: cx, y: yHidden + 6, size: 17)
        if let a = hiddenActivation { svg.text(a, x: cx - r - 8, y: yHidden + 5, anchor: "end", size: 12, italic: true, className: "activation") }
        svg.close()
        svg.open("unit output")
        svg.ellipse(cx: cx, cy: yOut, rx: r, ry: r, strokeWidth: 1.5, className: "node")
        svg.ellipse(cx: cx, cy: yOut, rx: r - 4, ry: r - 4, strokeWidth: 1, className: "node-inner")
        svg.text(timed(output, "t"), x: cx, y: yOut + 6, size: 17)
        if let a = outputActivation { svg.text(a, x: cx - r - 8, y: yOut + 5, anchor: "end", size: 12, italic: true, className: "activation") }
        svg.close()
        svg.arrow(cx, yIn - r + 4, cx, yHidden + r + 1)
        svg.arrow(cx, yHidden - r, cx, yOut + r + 1)
        if let u = inputWeight { svg.text(Label(u), x: cx + 9, y: (yIn + yHidden) / 2 + 5, anchor: "start", size: 16, className: "weight") }
        if let v = outputWeight { svg.text(Label(v), x: cx + 9, y: (yHidden + yOut) / 2 + 5, anchor: "start", size: 16, className: "weight") }
        // The recurrence: out of the hidden unit's right side and back in.
        let a1 = -0.45, a2 = 0.45
        let start = (cx + r * cos(a1), yHidden + r * sin(a1)), end = (cx + r * cos(a2), yHidden + r * sin(a2))
        svg.open("recurrence")
        svg.curvedArrow(from: start, (cx + r + 70, yHidden - 58), (cx + r + 70, yHidden + 58), to: end)
        if let w = recurrentWeight { svg.text(Label(w), x: cx + r + 60, y: yHidden + 6, anchor: "start", size: 16, className: "weight") }
        svg.close()
        return svg
    }

    private func drawUnrolled() -> SVGWriter {
        let top = note == nil ? 10.0 : 34.0
        let r = 24.0, spacing = 104.0
        let hasOut = outputs != "none", hasIn = inputs != "none"
        let yOut = top + r + 4, yHidden = yOut + (hasOut ? 96 : 0), yIn = yHidden + (hasIn ? 96 : 0)
        // Columns: the listed steps, with an ellipsis column before the last.
        let columns = steps.count + 1
        let left = 40.0
        var svg = SVGWriter(width: left * 2 + spacing * Double(columns - 1), height: yIn + r + 14)
        noteLine(&svg)
        func x(_ column: Int) -> Double { left + spacing * Double(column) }
        for (i, step) in steps.enumerated() {
            let column = i == steps.count - 1 ? columns - 1 : i
            let cx = x(column)
            svg.open("unit hidden")
            svg.ellipse(cx: cx, cy: yHidden, rx: r, ry: r, className: "node")
            svg.text(timed(hidden, step), x: cx, y: yHidden + 6, size: 16)
            svg.close()
            let inputHere = inputs == "every" || (inputs == "first" && i == 0)
            if inputHere {
                svg.open("unit input")
                svg.rect(x: cx - r, y: yIn - r + 4, width: 2 * r, height: 2 * r - 8, rounded: 3, className: "node")
                svg.text(inputs == "every" ? timed(input, step) : Label(input), x: cx, y: yIn + 6, size: 16)
                svg.close()
                svg.arrow(cx, yIn - r + 4, cx, yHidden + r + 1)
                if let u = inputWeight { svg.text(Label(u), x: cx + 7, y: (yIn + yHidden) / 2 + 5, anchor: "start", size: 15, className: "weight") }
            }
            let outputHere = outputs == "every" || (outputs == "last" && i == steps.count - 1)
            if outputHere {
                svg.open("unit output")
                svg.ellipse(cx: cx, cy: yOut, rx: r, ry: r, className: "node")
                svg.ellipse(cx: cx, cy: yOut, rx: r - 4, ry: r - 4, strokeWidth: 1, className: "node-inner")
                svg.text(outputs == "every" ? timed(output, step) : Label(output), x: cx, y: yOut + 6, size: 16)
                svg.close()
                svg.arrow(cx, yHidden - r, cx, yOut + r + 1)
                if let v = outputWeight { svg.text(Label(v), x: cx + 7, y: (yHidden + yOut) / 2 + 5, anchor: "start", size: 15, className: "weight") }
            }
        }
        // Recurrent arrows between neighbouring columns; the ellipsis column gets "⋯".
        for column in 0..<(columns - 1) {
            let x1 = x(column) + r, x2 = x(column + 1) - r
            if column == columns - 2 || column == columns - 3 {
                // Into and out of the ellipsis.
                if column == columns - 2 {
                    svg.arrow(x1 - r + 18, yHidden, x2 - 1, yHidden, className: "arrow recurrent")
                } else {
                    svg.arrow(x1, yHidden, x2 + r - 18, yHidden, className: "arrow recurrent")
                }
            } else {
                svg.arrow(x1, yHidden, x2 - 1, yHidden, className: "arrow recurrent")
            }
            if let w = recurrentWeight {
                let mid = column == columns - 3 ? (x1 + x2 + r - 18) / 2 : (column == columns - 2 ? (x1 - r + 18 + x2) / 2 : (x1 + x2) / 2)
                svg.text(Label(w), x: mid, y: yHidden - 8, size: 15, className: "weight")
            }
        }
        svg.text("⋯", x: x(columns - 2), y: yHidden + 7, size: 22, className: "ellipsis")
        if let a = hiddenActivation {
            svg.text(a, x: x(columns - 2), y: yHidden + r + 18, size: 12, italic: true, className: "activation")
        }
        return svg
    }
}
