import Testing
@testable import Markup

/// A `$` or `$$` that opens a formula nothing closes is text, and a located warning.
struct UnclosedMathTests {
    let renderer = MarkdownRenderer()

    @Test func anUnclosedDisplayFormulaIsAWarningAtItsDelimiter() {
        let rendered = renderer.render("Intro.\n\nThe loss is $$L = \\sum_i x_i\n\nNext paragraph.")
        #expect(rendered.warnings.map(\.line) == [3])
        #expect(rendered.warnings.map(\.column) == [13])
        #expect(rendered.warnings.first?.message.contains("`$$` opens a formula that nothing closes") == true)
        #expect(!rendered.html.contains("class=\"math"))
    }

    @Test func anUnclosedInlineFormulaIsAWarning() {
        let rendered = renderer.render("Let $x_1 be the input.")
        #expect(rendered.warnings.map(\.description) == [
            "1:5: `$` opens a formula that nothing closes before the paragraph ends; close it with `$`, or write `\\$` for a dollar sign",
        ])
    }

    @Test(arguments: ["It costs $5 and $10.", "A literal \\$ sign.", "Closed $x$ and $$y$$.", "Price: $ 3.", "`$x` in code"])
    func dollarSignsAndClosedFormulasAreNoWarning(text: String) {
        #expect(renderer.render(text).warnings.isEmpty)
    }
}
