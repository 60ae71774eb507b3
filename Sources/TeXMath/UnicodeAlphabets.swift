/// A math alphabet chosen by `\mathbf`, `\mathbb`, `\mathcal`…
enum MathFont: Sendable, Equatable {
    case upright, bold, italic, boldItalic, script, boldScript, fraktur, boldFraktur
    case doubleStruck, sansSerif, sansSerifBold, sansSerifItalic, sansSerifBoldItalic, monospace
}

/// Maps letters and digits to Unicode Mathematical Alphanumeric Symbols (U+1D400…),
/// filling the block's holes with the Letterlike Symbols (ℎ, ℬ, ℝ…).
enum UnicodeAlphabets {
    /// The character for `c` in `font`, or `c` itself when the alphabet has none.
    static func map(_ c: Character, _ font: MathFont) -> Character {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
        let v = scalar.value
        if let hole = holes[font]?[c] { return hole }
        if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) {
            guard let base = latinBase(font) else { return c }
            let offset = v >= 0x61 ? v - 0x61 + 26 : v - 0x41
            return character(base + offset) ?? c
        }
        if (0x30...0x39).contains(v) {
            guard let base = digitBase(font) else { return c }
            return character(base + v - 0x30) ?? c
        }
        if let offset = greekOffset(v), let base = greekBase(font) {
            return character(base + offset) ?? c
        }
        return c
    }

    private static func character(_ value: UInt32) -> Character? {
        Unicode.Scalar(value).map(Character.init)
    }

    private static func latinBase(_ font: MathFont) -> UInt32? {
        switch font {
        case .upright: return nil
        case .bold: return 0x1D400
        case .italic: return 0x1D434
        case .boldItalic: return 0x1D468
        case .script: return 0x1D49C
        case .boldScript: return 0x1D4D0
        case .fraktur: return 0x1D504
        case .doubleStruck: return 0x1D538
        case .boldFraktur: return 0x1D56C
        case .sansSerif: return 0x1D5A0
        case .sansSerifBold: return 0x1D5D4
        case .sansSerifItalic: return 0x1D608
        case .sansSerifBoldItalic: return 0x1D63C
        case .monospace: return 0x1D670
        }
    }

    private static func digitBase(_ font: MathFont) -> UInt32? {
        switch font {
        case .bold, .boldItalic, .boldScript, .boldFraktur: return 0x1D7CE
        case .doubleStruck: return 0x1D7D8
        case .sansSerif, .sansSerifItalic: return 0x1D7E2
        case .sansSerifBold, .sansSerifBoldItalic: return 0x1D7EC
        case .monospace: return 0x1D7F6
        default: return nil
        }
    }

    private static func greekBase(_ font: MathFont) -> UInt32? {
        switch font {
        case .bold: return 0x1D6A8
        case .italic: return 0x1D6E2
        case .boldItalic: return 0x1D71C
        case .sansSerifBold: return 0x1D756
        case .sansSerifBoldItalic: return 0x1D790
        default: return nil
        }
    }

    /// Position within the 58-character Greek layout of each styled Greek alphabet.
    private static func greekOffset(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x391...0x3A1: return v - 0x391
        case 0x3F4: return 17
        case 0x3A3...0x3A9: return v - 0x391
        case 0x2207: return 25
        case 0x3B1...0x3C9: return v - 0x3B1 + 26
        case 0x2202: return 51
        case 0x3F5: return 52
        case 0x3D1: return 53
        case 0x3F0: return 54
        case 0x3D5: return 55
        case 0x3F1: return 56
        case 0x3D6: return 57
        default: return nil
        }
    }

    /// Reserved code points in U+1D400… whose letters live in Letterlike Symbols.
    static let holes: [MathFont: [Character: Character]] = [
        .italic: ["h": "ℎ"],
        .script: [
            "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
            "e": "ℯ", "g": "ℊ", "o": "ℴ",
        ],
        .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
    ]
}
