import Testing
import TeXMath

/// `sitegen math`: one line of MathML per input line, compiler-style diagnostics.
@Suite struct MathLineToolTests {
    @Test func linesAndDiagnostics() {
        let tool = MathLineTool(converter: Fixtures.converter, display: false)
        let output = tool.run("x^2\n\\frac12 + \\foo\n\ny\n")
        #expect(output.lines.count == 4)
        #expect(output.lines[0] == "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><msup><mi>x</mi><mn>2</mn></msup></math>")
        #expect(output.warnings == [
            MathWarning(line: 2, column: 11, message: "unknown TeX command \\foo"),
            MathWarning(line: 3, column: 1, message: "empty formula"),
        ])
    }

    @Test func displayFlagAndWindowsLineEnds() {
        let tool = MathLineTool(converter: Fixtures.converter, display: true)
        let output = tool.run("a\r\nb")
        #expect(output.lines.count == 2)
        #expect(output.lines.allSatisfy { $0.contains("display=\"block\"") })
        #expect(!output.hasWarnings)
    }
}
