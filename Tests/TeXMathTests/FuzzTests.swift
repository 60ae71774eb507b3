import Testing
import TeXMath

/// Deterministic pseudo-random source (SplitMix64) for reproducible fuzzing.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

/// Malformed input never crashes, hangs, or produces ill-formed markup.
@Suite struct FuzzTests {
    static let pieces = [
        "{", "}", "^", "_", "&", "\\\\", "\\", "x", "12.5", "'", "$", "#1", "%c\n", "~", " ", "\n", "[", "]",
        "\\frac", "\\sqrt", "\\left(", "\\right)", "\\middle|", "\\left", "\\right", "\\begin{aligned}",
        "\\end{aligned}", "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{array}{c|l}", "\\end{array}",
        "\\begin", "\\end", "\\text{", "\\mathbf", "\\operatorname*", "\\sum", "\\int", "\\lim", "\\over",
        "\\choose", "\\not", "\\stackrel", "\\xrightarrow[", "\\hat", "\\overbrace", "\\underbrace",
        "\\big", "\\Bigl", "\\color{", "\\hspace{", "\\tag{", "\\displaystyle", "\\rm", "\\foo", "\\alpha",
        "\\newcommand{\\q}[1]{#1#1}", "\\q", "\\limits", "<", ">", "&amp;", "\"", "\u{301}", "𝐱", "\\mathbb",
    ]

    @Test func randomPiecesConvertSafely() {
        var random = SplitMix64(seed: 20_240_611)
        for _ in 0..<3000 {
            let count = Int(random.next() % 12)
            let tex = (0..<count).map { _ in random.pick(Self.pieces) }.joined()
            let display = random.next() % 2 == 0
            let result = Fixtures.converter.convert(tex, display: display)
            #expect(Fixtures.isWellFormed(result.mathML), "\(tex)")
            #expect(result == Fixtures.converter.convert(tex, display: display))
        }
    }

    @Test func namedNastyInputs() {
        let inputs = [
            "", " ", "}", "{", "}}}{{{", "&", "\\\\", "\\", "^^", "__", "^", "_", "x^", "\\frac", "\\frac{",
            "\\sqrt[", "\\left", "\\right", "\\begin{", "\\end{matrix}", "\\begin{array}", "\\text{", "\\text",
            "$", "#", "##", "#1", "\\not", "\\hspace{abc}", "\\kern", "\\operatorname", "\\xrightarrow",
            "\\big", "\\big x", "\\newcommand", "\\newcommand{\\a}", "a \\over b \\over c", "\\tag",
            "\\begin{aligned} a & b \\\\ \\end{aligned}", "\\substack{a\\\\b", "\\left(\\begin{matrix}\\right)",
        ]
        let deep = [
            String(repeating: "{", count: 5000), String(repeating: "\\sqrt", count: 5000),
            String(repeating: "\\frac{", count: 3000), String(repeating: "x^", count: 5000),
            String(repeating: "\\left(", count: 3000), String(repeating: "\\begin{matrix}", count: 2000),
            String(repeating: "\\text{$", count: 2000),
        ]
        for tex in inputs + deep {
            let result = Fixtures.converter.convert(tex, display: true)
            #expect(Fixtures.isWellFormed(result.mathML), "\(tex)")
        }
    }
}
