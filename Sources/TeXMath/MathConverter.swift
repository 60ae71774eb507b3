/// Converts TeX math to MathML at build time, with user macros.
public struct MathConverter: Sendable {
    let macros: MacroTable

    /// `macros`: text holding `\newcommand{\name}[n][default]{body}`, `\renewcommand` or
    /// `\DeclareMathOperator` definitions, one or many.
    public init(macros: String = "") throws(MacroError) {
        self.macros = try MacroTable(source: macros)
    }

    /// Converts one formula; never fails: unsupported input is shown in `<merror>` and reported in `warnings`.
    public func convert(_ tex: String, display: Bool) -> MathResult {
        if let warning = Self.controlCharacter(in: tex) {
            return MathResult(mathML: MathMLWriter.math([.error("control character")], display: display, tag: nil),
                              warnings: [warning])
        }
        let tokens = Lexer.tokenize(tex)
        if tokens.allSatisfy({ $0.kind == .space }) {
            return MathResult(mathML: MathMLWriter.math([], display: display, tag: nil),
                              warnings: [MathWarning(line: 1, column: 1, message: "empty formula")])
        }
        var parser = Parser(tokens: tokens, macros: macros)
        let nodes = parser.parseFormula(display: display)
        return MathResult(mathML: MathMLWriter.math(nodes, display: display, tag: parser.tag),
                          warnings: parser.warnings)
    }
}

extension MathConverter {
    /// The first control character (other than tab and line breaks) in a formula: such a formula
    /// is not converted, since no XML document may hold most of them.
    static func controlCharacter(in tex: String) -> MathWarning? {
        guard mayHoldControlCharacter(tex) else { return nil }
        var line = 1, column = 1
        for character in tex {
            if character == "\n" || character == "\r\n" || character == "\r" { line += 1; column = 1; continue }
            if let scalar = character.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) }) {
                let code = String(scalar.value, radix: 16, uppercase: true)
                return MathWarning(line: line, column: column,
                                   message: "control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) in the formula; remove it")
            }
            column += 1
        }
        return nil
    }
}

extension MathConverter {
    /// Whether the UTF-8 bytes hold a control character other than tab and line breaks: a C0 byte,
    /// DEL, or a C1 control (U+0080…U+009F, `C2 80`…`C2 9F`). Nearly every formula holds none,
    /// and is then known so without being cut into characters.
    static func mayHoldControlCharacter(_ tex: String) -> Bool {
        var previous: UInt8 = 0
        for byte in tex.utf8 {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
                || (previous == 0xC2 && (0x80...0x9F).contains(byte)) { return true }
            previous = byte
        }
        return false
    }
}

/// The MathML for one formula and what could not be converted.
public struct MathResult: Sendable, Equatable {
    /// A complete `<math …>…</math>` element (`display="block"` for display formulas).
    public var mathML: String
    /// Empty when the formula was fully converted.
    public var warnings: [MathWarning]

    public init(mathML: String, warnings: [MathWarning]) {
        self.mathML = mathML
        self.warnings = warnings
    }
}
