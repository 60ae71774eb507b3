/// Advance widths of the page's text face, Latin Modern Roman 10 (the first font of style.css), so
/// that figures size their boxes and circles to their labels. In thousandths of an em, read with
/// fontTools from the `hmtx` tables of `lmroman10-regular.otf` and `lmroman10-italic.otf` for the
/// printable ASCII characters U+0020…U+007E.
enum FontMetrics {
    static let regular: [Int] = [
        333, 278, 374, 833, 500, 833, 778, 278, 389, 389, 500, 778, 278, 333, 278, 500,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 778, 778, 778, 472,
        778, 750, 708, 722, 764, 681, 653, 785, 750, 361, 514, 778, 625, 917, 750, 778,
        681, 778, 736, 556, 722, 750, 750, 1028, 750, 750, 611, 278, 500, 278, 556, 750,
        500, 500, 556, 444, 556, 444, 306, 500, 556, 278, 306, 528, 278, 833, 556, 500,
        556, 528, 392, 394, 389, 556, 528, 722, 528, 528, 444, 500, 278, 500, 556,
    ]
    static let italic: [Int] = [
        358, 307, 401, 818, 500, 818, 767, 307, 409, 409, 511, 767, 307, 358, 307, 511,
        511, 511, 511, 511, 511, 511, 511, 511, 511, 511, 307, 307, 778, 767, 778, 511,
        767, 743, 704, 716, 755, 678, 653, 774, 743, 386, 525, 769, 627, 897, 743, 767,
        678, 767, 729, 562, 716, 743, 743, 999, 743, 743, 613, 307, 500, 307, 556, 743,
        511, 511, 460, 460, 511, 460, 307, 460, 511, 307, 307, 460, 256, 818, 562, 511,
        511, 460, 422, 409, 332, 537, 460, 664, 464, 486, 409, 500, 278, 500, 556,
    ]
    /// Characters beyond ASCII that labels use (upright; the italic face is within 3 % of these).
    static let symbols: [Character: Int] = [
        "−": 778, "·": 778, "×": 778, "→": 1000, "…": 670, "⋯": 1000, "ŷ": 528,
    ]
    /// A character the table does not have (Greek, other accented letters, other symbols): wider
    /// than most, so that a node sized by it holds the label.
    static let fallback = 650

    /// The width of `text` in ems.
    static func width(of text: String, italic: Bool = false) -> Double {
        let table = italic ? Self.italic : regular
        return Double(text.reduce(0) { total, character in
            if let ascii = character.asciiValue, (32...126).contains(ascii) { return total + table[Int(ascii) - 32] }
            return total + (symbols[character] ?? fallback)
        }) / 1000
    }
}
