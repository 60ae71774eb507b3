import Foundation

/// A bar chart of counts as inline SVG, for the results report: one bar per bin, its count
/// above it and its label below.
public struct Histogram: Sendable, Hashable {
    public var title: String
    public var labels: [String]
    public var counts: [Int]

    public init(title: String, labels: [String], counts: [Int]) {
        self.title = title
        self.labels = labels
        self.counts = counts
    }

    /// Totals in bins of whole points (wider for long exams, at most about 20 bins), 0 to `maximum`.
    public static func totals(_ totals: [Double], maximum: Double, title: String) -> Histogram {
        let width = max(1, (maximum / 20).rounded(.up))
        let bins = Int((maximum / width).rounded(.down)) + 1
        var counts = [Int](repeating: 0, count: bins)
        for total in totals { counts[min(bins - 1, max(0, Int((total / width).rounded(.down))))] += 1 }
        let labels = (0..<bins).map { bin in
            width == 1 ? Gradebook.number(Double(bin)) : "\(Gradebook.number(Double(bin) * width))–"
        }
        return Histogram(title: title, labels: labels, counts: counts)
    }

    /// Grades counted into the scale's bins: letters as they are, linear grades by whole number.
    public static func grades(_ grades: [Grade], bins: [String], title: String) -> Histogram {
        let counts = bins.map { bin in
            grades.count { grade in grade.value.map { String(Int($0.rounded(.down))) == bin } ?? (grade.text == bin) }
        }
        return Histogram(title: title, labels: bins, counts: counts)
    }

    static let barWidth = 24.0, gap = 4.0, height = 120.0, margin = 18.0

    /// The chart; every text in it is escaped.
    public var svg: String {
        let most = max(1, counts.max() ?? 1)
        let width = Double(counts.count) * (Self.barWidth + Self.gap) + Self.gap
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"histogram\" role=\"img\" viewBox=\"0 0 \(Int(width)) \(Int(Self.height + 2 * Self.margin))\" width=\"\(Int(width))\" height=\"\(Int(Self.height + 2 * Self.margin))\">",
                     "<title>\(Self.escape(title))</title>"]
        for (index, count) in counts.enumerated() {
            let x = Self.gap + Double(index) * (Self.barWidth + Self.gap)
            let h = Self.height * Double(count) / Double(most)
            let y = Self.margin + Self.height - h
            parts.append("<rect x=\"\(Self.format(x))\" y=\"\(Self.format(y))\" width=\"\(Self.format(Self.barWidth))\" height=\"\(Self.format(h))\"><title>\(Self.escape(labels[index])): \(count)</title></rect>")
            if count > 0 {
                parts.append("<text x=\"\(Self.format(x + Self.barWidth / 2))\" y=\"\(Self.format(y - 3))\" text-anchor=\"middle\">\(count)</text>")
            }
            parts.append("<text x=\"\(Self.format(x + Self.barWidth / 2))\" y=\"\(Self.format(Self.margin + Self.height + 13))\" text-anchor=\"middle\">\(Self.escape(labels[index]))</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
