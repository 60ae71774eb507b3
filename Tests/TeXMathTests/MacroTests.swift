import Testing
import TeXMath

/// `\newcommand`-style macros, given to the converter or written in a formula.
@Suite struct MacroTests {
    @Test func argumentsAndDefaults() throws {
        let converter = try MathConverter(macros: """
            \\newcommand{\\R}{\\mathbb{R}}
            \\newcommand{\\norm}[1]{\\left\\|#1\\right\\|}
            \\newcommand{\\pd}[2][f]{\\frac{\\partial #1}{\\partial #2}} % optional first argument
            \\DeclareMathOperator*{\\Exp}{E}
            """)
        let plain = try MathConverter()
        #expect(converter.convert("\\R^n", display: false) == plain.convert("\\mathbb{R}^n", display: false))
        #expect(converter.convert("\\norm{x}", display: false) == plain.convert("\\left\\|x\\right\\|", display: false))
        #expect(converter.convert("\\pd{x}", display: false) == plain.convert("\\frac{\\partial f}{\\partial x}", display: false))
        #expect(converter.convert("\\pd[g]{x}", display: false) == plain.convert("\\frac{\\partial g}{\\partial x}", display: false))
        #expect(converter.convert("\\Exp_x", display: true).mathML.contains("<munder><mi mathvariant=\"normal\">E</mi><mi>x</mi></munder>"))
    }

    @Test func renewcommandReplacesABuiltin() throws {
        let converter = try MathConverter(macros: "\\renewcommand{\\vec}[1]{\\mathbf{#1}}")
        #expect(converter.convert("\\vec{v}", display: false).mathML.contains("<mi>𝐯</mi>"))
    }

    @Test func definitionsInsideAFormula() {
        let result = Fixtures.converter.convert("\\newcommand{\\sq}[1]{#1^2} \\sq{x}", display: false)
        #expect(result.warnings.isEmpty)
        #expect(result.mathML.contains("<msup><mi>x</mi><mn>2</mn></msup>"))
    }

    @Test func errorsSayWhereAndWhy() {
        #expect(throws: MacroError(line: 2, column: 1, message: "\\def is not supported; use \\newcommand{\\name}[n]{body}")) {
            try MathConverter(macros: "\\newcommand{\\a}{a}\n\\def\\b{b}")
        }
        #expect(throws: MacroError(line: 1, column: 20, message: "#2 in the body of \\f, which takes 1 argument")) {
            try MathConverter(macros: "\\newcommand{\\f}[1]{#2}")
        }
        #expect(throws: MacroError(line: 1, column: 15, message: "the body of \\g opened here is never closed with }")) {
            try MathConverter(macros: "\\newcommand\\g {x")
        }
        #expect(throws: MacroError(line: 1, column: 1, message: "expected \\newcommand, \\renewcommand or \\DeclareMathOperator, found x")) {
            try MathConverter(macros: "x")
        }
    }

    @Test func recursiveMacrosStop() throws {
        let converter = try MathConverter(macros: "\\newcommand{\\loop}{\\loop x}")
        let result = converter.convert("\\loop", display: false)
        #expect(result.warnings.first?.message == "macro expansion limit reached at \\loop (is it recursive?)")
        #expect(result.mathML.hasSuffix("</math>"))
    }
}
