/// The behaviour of `sitegen math`: one formula per input line in, one line of MathML per formula out,
/// with compiler-style diagnostics (`<stdin>:LINE:COL: warning: message`).
public struct MathLineTool: Sendable {
    public var converter: MathConverter
    public var display: Bool
    /// The name shown in diagnostics.
    public var inputName: String

    public init(converter: MathConverter, display: Bool = false, inputName: String = "<stdin>") {
        self.converter = converter
        self.display = display
        self.inputName = inputName
    }

    /// What the command prints: MathML lines on standard output, diagnostics on standard error.
    public struct Output: Sendable, Equatable {
        public var lines: [String]
        public var diagnostics: [String]
        public var hasWarnings: Bool { !diagnostics.isEmpty }
    }

    public func run(_ input: String) -> Output {
        // "\r\n" is a single Character in Swift, so split on both spellings of a line end.
        var formulas = input.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        if formulas.last == "" { formulas.removeLast() }
        var output = Output(lines: [], diagnostics: [])
        for (index, formula) in formulas.enumerated() {
            let result = converter.convert(formula, display: display)
            output.lines.append(result.mathML)
            for warning in result.warnings {
                // Each input line is one single-line formula, so the warning's column is the line's.
                output.diagnostics.append("\(inputName):\(index + warning.line):\(warning.column): warning: \(warning.message)")
            }
        }
        return output
    }
}
