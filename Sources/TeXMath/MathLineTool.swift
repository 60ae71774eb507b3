/// The behaviour of `sitegen math`: one formula per input line in, one line of MathML per formula out,
/// with each problem placed at its input line (the command prints them as `<stdin>:LINE:COL: warning: …`).
public struct MathLineTool: Sendable {
    public var converter: MathConverter
    public var display: Bool

    public init(converter: MathConverter, display: Bool = false) {
        self.converter = converter
        self.display = display
    }

    /// What the command prints: MathML lines on standard output, warnings on standard error.
    public struct Output: Sendable, Equatable {
        public var lines: [String]
        /// Each at its line of the input, not of the formula.
        public var warnings: [MathWarning]
        public var hasWarnings: Bool { !warnings.isEmpty }
    }

    public func run(_ input: String) -> Output {
        // "\r\n" is a single Character in Swift, so split on both spellings of a line end.
        var formulas = input.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        if formulas.last == "" { formulas.removeLast() }
        var output = Output(lines: [], warnings: [])
        for (index, formula) in formulas.enumerated() {
            let result = converter.convert(formula, display: display)
            output.lines.append(result.mathML)
            for warning in result.warnings {
                // Each input line is one single-line formula, so the warning's column is the line's.
                output.warnings.append(MathWarning(line: index + warning.line, column: warning.column, message: warning.message))
            }
        }
        return output
    }
}
