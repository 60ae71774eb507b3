/// TeX dimensions (`0.5in`, `3pt`, `-2mu`) converted to em at a 10pt font size.
enum Dimension {
    static let emPerUnit: [String: Double] = [
        "em": 1, "ex": 0.431, "pt": 0.1, "pc": 1.2, "bp": 0.1 * 72.27 / 72, "in": 7.227,
        "cm": 7.227 / 2.54, "mm": 0.7227 / 2.54, "mu": 1.0 / 18, "px": 0.1 * 72.27 / 96, "sp": 0.1 / 65536,
    ]

    /// `"0.5in"` → `"3.6135em"`; `nil` when the text is not a dimension.
    static func em(_ text: String) -> String? {
        let compact = text.filter { !$0.isWhitespace }
        guard compact.count > 2 else { return nil }
        let unit = String(compact.suffix(2))
        guard let factor = emPerUnit[unit], let value = Double(compact.dropLast(2)) else { return nil }
        return format(value * factor)
    }

    /// Fixed notation with at most four decimals and no trailing zeros: deterministic output.
    static func format(_ value: Double) -> String {
        let scaled = Int((value * 10_000).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        var fraction = String(magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = String(magnitude / 10_000)
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction) + "em"
    }
}
