import Testing
import TeXMath

/// Broken input: output is still produced, warnings say exactly where.
@Suite struct WarningTests {
    func warnings(_ tex: String, display: Bool = false) -> [String] {
        Fixtures.converter.convert(tex, display: display).warnings.map(\.description)
    }

    @Test func unknownCommandIsShownVerbatim() {
        let result = Fixtures.converter.convert("a + \\foo{x}", display: false)
        #expect(result.warnings == [MathWarning(line: 1, column: 5, message: "unknown TeX command \\foo")])
        #expect(result.mathML.contains("<merror><mtext>\\foo</mtext></merror><mi>x</mi>"))
    }

    @Test func positionsCountLinesAndCharacters() {
        #expect(warnings("x = 1\n  + \\nope") == ["2:5: unknown TeX command \\nope"])
        #expect(warnings("α + β + \\nope") == ["1:9: unknown TeX command \\nope"])
    }

    @Test func unbalancedBraces() {
        #expect(warnings("\\frac{a}{b") == ["1:9: missing } to close the { opened here"])
        #expect(warnings("a}b") == ["1:2: unmatched }"])
        #expect(warnings("{{x}") == ["1:1: missing } to close the { opened here"])
    }

    @Test func alignmentOutsideEnvironment() {
        #expect(warnings("a & b") == ["1:3: & outside an alignment environment such as aligned or matrix"])
        #expect(warnings("a \\\\ b") == [
            "1:3: \\\\ outside an environment: shown as a line break; use aligned or gathered for multi-line formulas",
        ])
    }

    @Test func scriptsAndBackslashes() {
        #expect(warnings("x^^2") == ["1:3: ^ followed by ^: missing argument", "1:3: double superscript"])
        #expect(warnings("x_1_2") == ["1:4: double subscript"])
        #expect(warnings("x^") == ["1:2: missing argument after ^"])
        #expect(warnings("a + \\") == ["1:5: lone \\ at the end of the formula"])
        #expect(Fixtures.converter.convert("a + \\", display: false).mathML.contains("<merror><mtext>\\</mtext></merror>"))
    }

    @Test func environmentsAndDelimiters() {
        #expect(warnings("\\begin{matrix} a") == ["1:1: \\begin{matrix} without \\end{matrix}"])
        #expect(warnings("\\begin{pmatrix} a \\end{bmatrix}") == ["1:19: \\begin{pmatrix} ended by \\end{bmatrix}"])
        #expect(warnings("\\begin{foo} a \\end{foo}") == ["1:1: unknown environment foo"])
        #expect(warnings("\\left( x") == ["1:1: \\left without a matching \\right"])
        #expect(warnings("x \\right)") == ["1:3: \\right without a matching \\left"])
        #expect(warnings("\\left x \\right)") == ["1:7: x is not a delimiter (after \\left)"])
    }

    @Test func emptyInput() {
        let result = Fixtures.converter.convert("", display: true)
        #expect(result.mathML == "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"></math>")
        #expect(result.warnings.map(\.description) == ["1:1: empty formula"])
    }

    @Test func unknownCommandInText() {
        #expect(warnings("\\text{a \\foo b}") == ["1:9: unknown TeX command \\foo in text"])
    }
}
