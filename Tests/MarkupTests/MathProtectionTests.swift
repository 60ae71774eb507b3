import Testing
@testable import Markup

/// Math must reach the output exactly as written, whatever Markdown would make of it.
struct MathProtectionTests {
    let renderer = MarkdownRenderer()

    @Test func underscoresInMathAreNotEmphasis() {
        let html = renderer.render("The $\\sigma_{hthres}(x)$ and $a_i * b_j$ and $c_i * d_j$.").html
        #expect(html == "<p>The <span class=\"math\">\\sigma_{hthres}(x)</span> and <span class=\"math\">a_i * b_j</span> and <span class=\"math\">c_i * d_j</span>.</p>\n")
    }

    @Test(arguments: ["\\mathrm{softmax}\\!(x)", "a\\,b", "\\{x\\}", "a \\\\ b", "\\#\\$\\%"])
    func backslashEscapesSurvive(tex: String) {
        let html = renderer.render("Inline $\(tex)$ here.").html
        #expect(html.contains("<span class=\"math\">\(HTML.escape(tex))</span>"))
    }

    @Test func displayMathBecomesABlock() {
        let html = renderer.render("Before\n\n$$\n\\frac{e^{a_i}}{\\sum_k e^{a_k}}\n$$\n\nAfter").html
        #expect(html == "<p>Before</p>\n<div class=\"math display\">\n\\frac{e^{a_i}}{\\sum_k e^{a_k}}\n</div>\n<p>After</p>\n")
    }

    @Test func bracketDelimiters() {
        let html = renderer.render("Inline \\(x_1\\) and\n\n\\[y_2\\]").html
        #expect(html.contains("<span class=\"math\">x_1</span>"))
        #expect(html.contains("<div class=\"math display\">y_2</div>"))
    }

    @Test func codeIsNeverMath() {
        let html = renderer.render("Use `$x_1$` here.\n\n```\n$a_b$ and $c_d$\n```\n").html
        #expect(html.contains("<code>$x_1$</code>"))
        #expect(html.contains("<pre><code>$a_b$ and $c_d$\n</code></pre>"))
        #expect(!html.contains("class=\"math\""))
    }

    @Test func dollarsThatAreNotMath() {
        #expect(renderer.render("It costs $5 and $10.").html == "<p>It costs $5 and $10.</p>\n")
        #expect(renderer.render("A literal \\$ sign.").html == "<p>A literal $ sign.</p>\n")
    }

    @Test func mathInsideTableCells() {
        let html = renderer.render("| a | b |\n|---|---|\n| $x_i$ | $\\lvert y \\rvert$ |\n").html
        #expect(html.contains("<td><span class=\"math\">x_i</span></td>"))
    }

    @Test func warningsAreLocatedInTheMarkdown() {
        struct Complaining: MathRenderer {
            func render(_ tex: String, display: Bool) -> (html: String, warnings: [MarkupWarning]) {
                ("<m/>", [MarkupWarning(line: 1, column: 2, message: "unknown TeX command")])
            }
        }
        let rendered = MarkdownRenderer(math: Complaining()).render("Line one\nsee $x \\foo$ here")
        #expect(rendered.warnings == [MarkupWarning(line: 2, column: 7, message: "unknown TeX command")])
    }

    @Test func gfmExtensions() {
        let html = renderer.render("~~old~~ and https://example.org and a footnote[^1].\n\n[^1]: Note.").html
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"https://example.org\">"))
        #expect(html.contains("footnote"))
    }
}

/// Fenced blocks of a registered kind are handed to their renderer, with located warnings.
struct FencedBlockTests {
    struct Echo: BlockRenderer {
        func render(_ content: String) -> (html: String, warnings: [MarkupWarning]) {
            ("<figure>\(HTML.escape(content))</figure>", [MarkupWarning(line: 2, column: 3, message: "odd")])
        }
    }

    @Test func figureBlockIsRenderedInPlace() {
        let renderer = MarkdownRenderer(blocks: ["figure": Echo()])
        let rendered = renderer.render("Text $x_1$.\n\n```figure\nkind: network\nlayers: [100, 10]\n```\n\nAfter.")
        #expect(rendered.html == "<p>Text <span class=\"math\">x_1</span>.</p>\n<figure>kind: network\nlayers: [100, 10]</figure>\n<p>After.</p>\n")
        #expect(rendered.warnings == [MarkupWarning(line: 5, column: 3, message: "odd")])
    }

    @Test func otherFencesStayCode() {
        let html = MarkdownRenderer(blocks: ["figure": Echo()]).render("```python\nx = 1\n```\n").html
        #expect(html == "<pre lang=\"python\"><code>x = 1\n</code></pre>\n")
    }
}
