/// Advance widths of the page's text face, Latin Modern Roman 10 (the first font of style.css), so
/// that figures size their boxes and circles to their labels. In thousandths of an em, read with
/// fontTools from the `hmtx` tables of `lmroman10-regular.otf` and `lmroman10-italic.otf` for the
/// printable ASCII characters U+0020…U+007E.
enum FontMetrics {
    /// (regular, italic) for each character from U+0020 (space) to U+007E (`~`), eight a row.
    static let ascii: [(regular: Int, italic: Int)] = [
        (333, 358), (278, 307), (374, 401), (833, 818), (500, 500), (833, 818), (778, 767), (278, 307),
        (389, 409), (389, 409), (500, 511), (778, 767), (278, 307), (333, 358), (278, 307), (500, 511),
        (500, 511), (500, 511), (500, 511), (500, 511), (500, 511), (500, 511), (500, 511), (500, 511),
        (500, 511), (500, 511), (278, 307), (278, 307), (778, 778), (778, 767), (778, 778), (472, 511),
        (778, 767), (750, 743), (708, 704), (722, 716), (764, 755), (681, 678), (653, 653), (785, 774),
        (750, 743), (361, 386), (514, 525), (778, 769), (625, 627), (917, 897), (750, 743), (778, 767),
        (681, 678), (778, 767), (736, 729), (556, 562), (722, 716), (750, 743), (750, 743), (1028, 999),
        (750, 743), (750, 743), (611, 613), (278, 307), (500, 500), (278, 307), (556, 556), (750, 743),
        (500, 511), (500, 511), (556, 460), (444, 460), (556, 511), (444, 460), (306, 307), (500, 460),
        (556, 511), (278, 307), (306, 307), (528, 460), (278, 256), (833, 818), (556, 562), (500, 511),
        (556, 511), (528, 460), (392, 422), (394, 409), (389, 332), (556, 537), (528, 460), (722, 664),
        (528, 464), (528, 486), (444, 409), (500, 500), (278, 278), (500, 500), (556, 556),
    ]
    /// Characters beyond ASCII that labels use (upright widths; the italic ones are at most 2 % wider).
    static let symbols: [Character: Int] = [
        "−": 778, "·": 778, "×": 778, "→": 1000, "…": 670, "⋯": 1000, "ŷ": 528,
    ]
    /// A character the table does not have (Greek, other accented letters, other symbols): wider
    /// than most, so that a node sized by it holds the label.
    static let fallback = 650

    /// The width of `text` in ems.
    static func width(of text: String, italic: Bool = false) -> Double {
        Double(text.reduce(0) { total, character in
            if let code = character.asciiValue, (32...126).contains(code) {
                let advance = ascii[Int(code) - 32]
                return total + (italic ? advance.italic : advance.regular)
            }
            return total + (symbols[character] ?? fallback)
        }) / 1000
    }
}
