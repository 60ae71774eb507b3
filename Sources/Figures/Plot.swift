/// A line plot: axes with ticks and titles, series told apart by dash pattern and marker shape
/// (never by colour alone), vertical reference markers, and a legend above the plot area.
struct Plot {
    /// One curve: a name for the legend and sampled points (`nil` breaks the line).
    struct Series {
        var name: Label
        var points: [(x: Double, y: Double)?]
    }

    /// A vertical reference line at `x`, labelled (e.g. α = 4).
    struct VerticalMarker {
        var x: Double
        var label: Label
        var className: String
    }

    /// A horizontal reference line at `y`.
    struct HorizontalRule {
        var y: Double
    }

    /// A highlighted point with a value label.
    struct Point {
        var x: Double
        var y: Double
        var label: Label
    }

    var x: Axis
    var y: Axis
    var series: [Series]
    var markers: [VerticalMarker] = []
    var rules: [HorizontalRule] = []
    var points: [Point] = []

    static let dashes: [String?] = [nil, "7 4", "2 3", "10 3 2 3"]
    static let width = 520.0, height = 330.0

    /// Breaks a sampled curve where it jumps by more than a quarter of the y span (a step).
    static func breakingJumps(_ points: [(x: Double, y: Double)], span: Double) -> [(x: Double, y: Double)?] {
        var out: [(x: Double, y: Double)?] = []
        for (i, p) in points.enumerated() {
            if i > 0, abs(p.y - points[i - 1].y) > span / 4 { out.append(nil) }
            out.append(p)
        }
        return out
    }

    func draw(into svg: inout SVGWriter) {
        // Legend items, wrapped into rows above the plot area.
        var legend: [(x: Double, row: Int)] = []
        var cursor = 64.0, row = 0
        for s in series where series.count > 1 {
            let needed = 52 + s.name.width(size: 13)
            if cursor + needed > Self.width - 10, cursor > 64 { row += 1; cursor = 64 }
            legend.append((cursor, row))
            cursor += needed
        }
        let legendRows = legend.isEmpty ? 0 : row + 1
        let left = 64.0, right = Self.width - 18, top = 14.0 + Double(legendRows) * 24, bottom = Self.height - 48
        func px(_ v: Double) -> Double? { x.position(v, from: left, to: right) }
        func py(_ v: Double) -> Double? { y.position(v, from: bottom, to: top) }

        svg.open("axes")
        svg.rect(x: left, y: top, width: right - left, height: bottom - top, strokeWidth: 1, className: "plot-area")
        for tick in x.ticks {
            guard let p = px(tick.value) else { continue }
            svg.open("tick x-tick")
            svg.line(p, bottom, p, bottom + 5, strokeWidth: 1)
            svg.line(p, top, p, bottom, strokeWidth: 0.5, dash: "1 3", className: "grid")
            svg.text(tick.label, x: p, y: bottom + 19, size: 13)
            svg.close()
        }
        for tick in y.ticks {
            guard let p = py(tick.value) else { continue }
            svg.open("tick y-tick")
            svg.line(left - 5, p, left, p, strokeWidth: 1)
            svg.line(left, p, right, p, strokeWidth: 0.5, dash: "1 3", className: "grid")
            svg.text(tick.label, x: left - 8, y: p + 4.5, anchor: "end", size: 13)
            svg.close()
        }
        svg.text(x.title, x: (left + right) / 2, y: Self.height - 10, size: 14, className: "axis-title")
        svg.text(y.title, x: 16, y: (top + bottom) / 2, size: 14, className: "axis-title", rotate: -90)
        svg.close()

        for rule in rules {
            guard let p = py(rule.y) else { continue }
            svg.line(left, p, right, p, strokeWidth: 1, dash: "3 3", className: "rule")
        }
        for marker in markers {
            guard let p = px(marker.x) else { continue }
            svg.open(marker.className)
            svg.line(p, top, p, bottom, strokeWidth: 1.2, dash: "6 3")
            svg.text(marker.label, x: p + 5, y: top + 16, anchor: "start", size: 13)
            svg.close()
        }
        for (i, s) in series.enumerated() {
            let shape = MarkerShape.allCases[i % MarkerShape.allCases.count]
            let mapped: [(Double, Double)?] = s.points.map { point in
                guard let point, let a = px(point.x), let b = py(point.y) else { return nil }
                return (a, b)
            }
            svg.open("series")
            svg.polyline(mapped, strokeWidth: i == 0 ? 2.2 : 1.8, dash: Self.dashes[i % Self.dashes.count])
            if series.count > 1 {
                // A few markers along the curve, so the series can be told apart in print.
                let drawn = mapped.compactMap { $0 }
                // Staggered per series, so markers of different curves do not sit on one another.
                let every = max(drawn.count / 5, 1)
                let phase = every * (i + 1) / (series.count + 1)
                for (k, point) in drawn.enumerated() where k % every == phase {
                    svg.marker(shape, x: point.0, y: point.1, size: 3.5, filled: i % 2 == 0)
                }
            }
            svg.close()
        }
        // Highlighted points: a marker on the curve, and the same marker with the value in a
        // list at the top left, so close points never have overlapping labels.
        for (i, point) in points.enumerated() {
            guard let a = px(point.x), let b = py(point.y) else { continue }
            let shape = MarkerShape.allCases[i % MarkerShape.allCases.count]
            svg.open("highlight")
            svg.marker(shape, x: a, y: b, size: 3.5, filled: true)
            let row = top + 18 + 19 * Double(i)
            svg.marker(shape, x: left + 14, y: row - 4.5, size: 3.5, filled: true)
            svg.text(point.label, x: left + 24, y: row, anchor: "start", size: 13)
            svg.close()
        }
        if series.count > 1 {
            svg.open("legend")
            for (i, s) in series.enumerated() {
                let shape = MarkerShape.allCases[i % MarkerShape.allCases.count]
                let (x0, y0) = (legend[i].x, 14 + 24 * Double(legend[i].row))
                svg.polyline([(x0, y0), (x0 + 34, y0)], strokeWidth: i == 0 ? 2.2 : 1.8, dash: Self.dashes[i % Self.dashes.count])
                svg.marker(shape, x: x0 + 17, y: y0, size: 3.5, filled: i % 2 == 0)
                svg.text(s.name, x: x0 + 40, y: y0 + 4.5, anchor: "start", size: 13)
            }
            svg.close()
        }
    }
}
