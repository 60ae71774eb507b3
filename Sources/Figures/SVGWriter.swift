import Foundation
import Markup

/// Builds the markup of one inline SVG drawing: shapes, arrows and text in `currentColor`, with
/// every coordinate rounded to two decimals so the same figure is always the same bytes.
struct SVGWriter {
    /// The drawing's width and height in user units (the `viewBox`).
    var width: Double
    var height: Double
    private(set) var body: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A coordinate or length: at most two decimals, no trailing zeros, never `-0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == 0 { return "0" }
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    private static func n(_ v: Double) -> String { number(v) }

    /// A rectangle; `dashed` draws it with a dash pattern, `rounded` with round corners.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, rounded: Double = 0,
                       strokeWidth: Double = 1.5, dash: String? = nil, fill: String = "none", className: String? = nil) {
        var a = "x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(width))\" height=\"\(Self.n(height))\""
        if rounded > 0 { a += " rx=\"\(Self.n(rounded))\"" }
        body.append("<rect\(classAttribute(className)) \(a) fill=\"\(fill)\" stroke=\"currentColor\" stroke-width=\"\(Self.n(strokeWidth))\"\(dashAttribute(dash))/>")
    }

    /// An ellipse (a circle when both radii agree).
    mutating func ellipse(cx: Double, cy: Double, rx: Double, ry: Double, strokeWidth: Double = 1.5,
                          fill: String = "none", className: String? = nil) {
        body.append("<ellipse\(classAttribute(className)) cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" rx=\"\(Self.n(rx))\" ry=\"\(Self.n(ry))\" fill=\"\(fill)\" stroke=\"currentColor\" stroke-width=\"\(Self.n(strokeWidth))\"/>")
    }

    /// A straight line.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, strokeWidth: Double = 1,
                       dash: String? = nil, className: String? = nil) {
        body.append("<line\(classAttribute(className)) x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"currentColor\" stroke-width=\"\(Self.n(strokeWidth))\"\(dashAttribute(dash))/>")
    }

    /// A polyline through `points`, split into separate runs where `points` holds `nil`.
    mutating func polyline(_ points: [(Double, Double)?], strokeWidth: Double = 2, dash: String? = nil,
                           className: String? = nil) {
        var d = ""
        var pen = false
        for point in points {
            guard let (x, y) = point else { pen = false; continue }
            d += (pen ? "L" : (d.isEmpty ? "M" : " M")) + "\(Self.n(x)) \(Self.n(y))"
            pen = true
        }
        guard !d.isEmpty else { return }
        body.append("<path\(classAttribute(className)) d=\"\(d)\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"\(Self.n(strokeWidth))\" stroke-linejoin=\"round\"\(dashAttribute(dash))/>")
    }

    /// A path from raw path data whose numbers the caller formatted with ``number(_:)``.
    mutating func path(_ d: String, strokeWidth: Double = 1.5, fill: String = "none", className: String? = nil) {
        body.append("<path\(classAttribute(className)) d=\"\(d)\" fill=\"\(fill)\" stroke=\"currentColor\" stroke-width=\"\(Self.n(strokeWidth))\" stroke-linejoin=\"round\"/>")
    }

    /// A line from (x1, y1) to (x2, y2) ending in a filled arrowhead; `gap` leaves room at both ends.
    mutating func arrow(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, strokeWidth: Double = 1.5,
                        head: Double = 8, dash: String? = nil, className: String? = "arrow") {
        let dx = x2 - x1, dy = y2 - y1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let ux = dx / length, uy = dy / length
        let baseX = x2 - ux * head, baseY = y2 - uy * head
        let half = head * 0.45
        body.append("<g\(classAttribute(className))>")
        line(x1, y1, baseX + ux * 1, baseY + uy * 1, strokeWidth: strokeWidth, dash: dash)
        let points = [(x2, y2), (baseX - uy * half, baseY + ux * half), (baseX + uy * half, baseY - ux * half)]
        body.append("<polygon points=\"\(points.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " "))\" fill=\"currentColor\" stroke=\"none\"/>")
        body.append("</g>")
    }

    /// A cubic Bézier from `start` to `end` with an arrowhead at `end`, pointing along the last tangent.
    mutating func curvedArrow(from start: (Double, Double), _ c1: (Double, Double), _ c2: (Double, Double),
                              to end: (Double, Double), strokeWidth: Double = 1.5, head: Double = 8) {
        let dx = end.0 - c2.0, dy = end.1 - c2.1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let ux = dx / length, uy = dy / length
        let baseX = end.0 - ux * head, baseY = end.1 - uy * head
        let half = head * 0.45
        let n = Self.number
        body.append("<g class=\"arrow\">")
        path("M\(n(start.0)) \(n(start.1))C\(n(c1.0)) \(n(c1.1)) \(n(c2.0)) \(n(c2.1)) \(n(baseX + ux)) \(n(baseY + uy))", strokeWidth: strokeWidth)
        let points = [end, (baseX - uy * half, baseY + ux * half), (baseX + uy * half, baseY - ux * half)]
        body.append("<polygon points=\"\(points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " "))\" fill=\"currentColor\" stroke=\"none\"/>")
        body.append("</g>")
    }

    /// A filled or hollow marker, distinguishable without colour: circle, square, triangle, diamond.
    mutating func marker(_ shape: MarkerShape, x: Double, y: Double, size: Double = 4.5, filled: Bool = true) {
        let fill = filled ? "currentColor" : "var(--figure-paper, #fff)"
        switch shape {
        case .circle:
            ellipse(cx: x, cy: y, rx: size, ry: size, strokeWidth: 1.2, fill: fill)
        case .square:
            rect(x: x - size, y: y - size, width: 2 * size, height: 2 * size, strokeWidth: 1.2, fill: fill)
        case .triangle:
            let d = "M\(Self.n(x)) \(Self.n(y - size * 1.2))L\(Self.n(x + size * 1.1)) \(Self.n(y + size * 0.8))L\(Self.n(x - size * 1.1)) \(Self.n(y + size * 0.8))Z"
            path(d, strokeWidth: 1.2, fill: fill)
        case .diamond:
            let d = "M\(Self.n(x)) \(Self.n(y - size * 1.3))L\(Self.n(x + size)) \(Self.n(y))L\(Self.n(x)) \(Self.n(y + size * 1.3))L\(Self.n(x - size)) \(Self.n(y))Z"
            path(d, strokeWidth: 1.2, fill: fill)
        }
    }

    /// Text at (x, y); `anchor` is `start`, `middle` or `end`. The label's sub- and superscripts become tspans.
    mutating func text(_ label: Label, x: Double, y: Double, anchor: String = "middle", size: Double = 14,
                       weight: String? = nil, italic: Bool = false, className: String? = nil, rotate: Double? = nil) {
        var a = "x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.n(size))\""
        if let weight { a += " font-weight=\"\(weight)\"" }
        if italic { a += " font-style=\"italic\"" }
        if let rotate { a += " transform=\"rotate(\(Self.n(rotate)) \(Self.n(x)) \(Self.n(y)))\"" }
        body.append("<text\(classAttribute(className)) \(a) fill=\"currentColor\">\(label.svg(size: size))</text>")
    }

    /// Plain text (no sub/superscript markup).
    mutating func text(_ plain: String, x: Double, y: Double, anchor: String = "middle", size: Double = 14,
                       weight: String? = nil, italic: Bool = false, className: String? = nil, rotate: Double? = nil) {
        text(Label(plain: plain), x: x, y: y, anchor: anchor, size: size, weight: weight, italic: italic,
             className: className, rotate: rotate)
    }

    /// Opens a group with a class, for structure the tests and stylesheet can find.
    mutating func open(_ className: String, label: String? = nil) {
        let aria = label.map { " aria-label=\"\(HTML.escape($0))\"" } ?? ""
        body.append("<g class=\"\(className)\"\(aria)>")
    }

    mutating func close() { body.append("</g>") }

    /// The finished `<svg>` element with its text alternative.
    func svg(title: String, className: String) -> String {
        let t = HTML.escape(title)
        return "<svg class=\"\(className)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" width=\"\(Self.n(width))\" role=\"img\" aria-label=\"\(t)\"><title>\(t)</title>\n"
            + body.joined(separator: "\n") + "\n</svg>"
    }

    private func classAttribute(_ name: String?) -> String { name.map { " class=\"\($0)\"" } ?? "" }
    private func dashAttribute(_ dash: String?) -> String { dash.map { " stroke-dasharray=\"\($0)\"" } ?? "" }
}

/// Marker shapes for plot series, so that series differ in black and white.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond
}
