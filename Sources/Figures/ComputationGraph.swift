import Foundation

/// A small computation graph for backprop questions: variables as boxes, operations as circles,
/// edges as arrows, laid out in layers from inputs (left) to the loss (right).
struct ComputationGraph: FigureKind {
    static let keys = ["nodes", "edges"]

    /// A node: a variable (box) or an operation (circle with its symbol, name beside it).
    struct GraphNode {
        var id: String
        var label: String
        var op: String?
        var isOutput: Bool
    }

    /// An arrow from one node to another, optionally labelled (e.g. with a local derivative).
    struct Edge {
        var from: Int
        var to: Int
        var label: String?
    }

    var nodes: [GraphNode]
    var edges: [Edge]
    /// Column of each node: the length of the longest path reaching it.
    var columns: [Int]

    var words: FigureWords

    init(_ spec: SpecMapping, words: FigureWords) throws {
        self.words = words
        nodes = []
        for item in try spec.required("nodes").list() {
            if case .scalar = item.node {
                let id = try item.string()
                nodes.append(GraphNode(id: id, label: id, op: nil, isOutput: false))
                continue
            }
            let keys = try item.mapping(allowed: ["id", "label", "op", "output"])
            let idValue = try keys.required("id")
            let id = try idValue.string()
            if nodes.contains(where: { $0.id == id }) { throw idValue.error("duplicate node id `\(id)`") }
            nodes.append(GraphNode(id: id, label: try keys.string("label") ?? id, op: try keys.string("op"),
                                   isOutput: try keys["output"]?.bool() ?? false))
        }
        guard !nodes.isEmpty else { throw try spec.required("nodes").error("`nodes` should list at least one node") }
        let ids = nodes.map(\.id)
        func index(_ id: String, _ at: SpecValue) throws -> Int {
            guard let i = ids.firstIndex(of: id) else {
                let hint = DidYouMean.hint(for: id, among: ids)
                throw at.error("unknown node `\(id)` in edge\(hint)")
            }
            return i
        }
        edges = []
        for item in try spec["edges"]?.list() ?? [] {
            if case .scalar = item.node {
                let text = try item.string()
                let ends = text.components(separatedBy: "->").map { $0.trimmingCharacters(in: .whitespaces) }
                guard ends.count == 2, !ends[0].isEmpty, !ends[1].isEmpty else {
                    throw item.error("an edge is written `from -> to`, not `\(text)`")
                }
                edges.append(Edge(from: try index(ends[0], item), to: try index(ends[1], item), label: nil))
            } else {
                let keys = try item.mapping(allowed: ["from", "to", "label"])
                let from = try keys.required("from"), to = try keys.required("to")
                edges.append(Edge(from: try index(from.string(), from), to: try index(to.string(), to),
                                  label: try keys.string("label")))
            }
        }
        // Longest-path layering; a cycle is an error.
        var column = [Int](repeating: 0, count: nodes.count)
        for round in 0...nodes.count {
            var changed = false
            for edge in edges where column[edge.to] < column[edge.from] + 1 {
                column[edge.to] = column[edge.from] + 1
                changed = true
            }
            if !changed { break }
            if round == nodes.count { throw try spec.required("edges").error("the edges form a cycle; a computation graph has none") }
        }
        columns = column
    }

    var description: String {
        let sources = nodes.indices.filter { i in !edges.contains { $0.to == i } }
        let describe: (Int) -> String = { i in
            let n = nodes[i]
            return Label(n.label).plain + (n.op.map { " = \($0)" } ?? "")
        }
        var text = words("figureGraph", ["inputs": sources.map { Label(nodes[$0].label).plain }.joined(separator: ", ")])
        let computed = nodes.indices.filter { i in edges.contains { $0.to == i } }
        for i in computed {
            let inputs = edges.filter { $0.to == i }.map { Label(nodes[$0.from].label).plain }
            text += "; " + words("figureComputed", ["node": describe(i), "inputs": inputs.joined(separator: " \(words("figureAnd")) ")])
        }
        return text
    }

    func draw() -> Drawing {
        let spacing = 130.0, rowHeight = 74.0, left = 50.0, top = 40.0
        let byColumn = Dictionary(grouping: nodes.indices, by: { columns[$0] })
        let tallest = byColumn.values.map(\.count).max() ?? 1
        let width = left * 2 + spacing * Double(columns.max() ?? 0)
        var svg = SVGWriter(width: max(width, 160), height: top + rowHeight * Double(tallest - 1) + 40)
        var position = [(Double, Double)](repeating: (0, 0), count: nodes.count)
        for (column, members) in byColumn {
            let offset = Double(tallest - members.count) * rowHeight / 2
            for (row, i) in members.enumerated() {
                position[i] = (left + spacing * Double(column), top + offset + rowHeight * Double(row))
            }
        }
        /// Half the width and height of a node's box, or the radii of its ellipse: an operation
        /// is a circle until its label needs more room ("ReLU"), then wider.
        func halfSize(_ i: Int) -> (Double, Double) {
            guard let op = nodes[i].op else { return (max(22, Label(nodes[i].label).width(size: 15) / 2 + 10), 16) }
            return (max(19, Label(op).width(size: 15) / 2 + 7), 19)
        }
        /// Where the line from a node's centre towards (dx, dy) leaves its outline.
        func boundary(_ i: Int, _ dx: Double, _ dy: Double) -> (Double, Double) {
            let (hw, hh) = halfSize(i)
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 0 else { return position[i] }
            let t: Double = nodes[i].op != nil
                ? 1 / ((dx / hw) * (dx / hw) + (dy / hh) * (dy / hh)).squareRoot()
                : min(hw / max(abs(dx), 1e-9), hh / max(abs(dy), 1e-9))
            return (position[i].0 + dx * t, position[i].1 + dy * t)
        }
        for edge in edges {
            let (x1, y1) = position[edge.from], (x2, y2) = position[edge.to]
            let start = boundary(edge.from, x2 - x1, y2 - y1), end = boundary(edge.to, x1 - x2, y1 - y2)
            svg.arrow(start.0, start.1, end.0, end.1, head: 7, className: "arrow edge")
            if let label = edge.label {
                svg.text(Label(label), x: (start.0 + end.0) / 2, y: (start.1 + end.1) / 2 - 6, size: 12, className: "edge-label")
            }
        }
        for (i, node) in nodes.enumerated() {
            let (x, y) = position[i], (hw, hh) = halfSize(i)
            svg.open(node.op == nil ? "node variable" : "node operation")
            if let op = node.op {
                svg.ellipse(cx: x, cy: y, rx: hw, ry: hh)
                svg.text(Label(op), x: x, y: y + 5, size: 15)
                svg.text(Label(node.label), x: x, y: y - hh - 7, size: 14, className: "node-label")
            } else {
                svg.rect(x: x - hw, y: y - hh, width: 2 * hw, height: 2 * hh, rounded: 3,
                         strokeWidth: node.isOutput ? 2.6 : 1.5)
                svg.text(Label(node.label), x: x, y: y + 5, size: 15, className: "node-label")
            }
            svg.close()
        }
        return Drawing(svg: svg.svg(title: description, className: "figure-svg"), description: description)
    }
}
