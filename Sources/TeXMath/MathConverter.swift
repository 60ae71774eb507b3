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
