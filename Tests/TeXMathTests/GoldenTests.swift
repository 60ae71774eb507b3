import Foundation
import Testing
import TestSupport
import TeXMath

/// Golden MathML for representative formulas, in `Fixtures/golden.tsv` (name, mode, TeX, MathML).
/// Re-record with `SNAPSHOT_RECORD=1 swift test --filter GoldenTests` (the run fails), then review the diff.
@Suite struct GoldenTests {
    static let cases: [(name: String, display: Bool, tex: String)] = [
        ("fraction", false, "\\frac{a+b}{c}"),
        ("dfrac-tfrac", true, "\\dfrac{1}{2} + \\tfrac{1}{2}"),
        ("binom", false, "\\binom{n}{k} = {n \\choose k}"),
        ("scripts", false, "x_i^2 + x^{2y} + e^{-x}"),
        ("primes", false, "f'(x) + f''(x) + \\mathbf{x}'_i + y^\\prime"),
        ("sum-display", true, "\\sum_{i=1}^{n} x_i"),
        ("sum-inline", false, "\\sum_{i=1}^{n} x_i"),
        ("sum-limits-inline", false, "\\sum\\limits_{i} x_i"),
        ("prod-int", true, "\\prod_{j} p_j \\int_0^\\infty e^{-t}\\,dt"),
        ("lim", true, "\\lim_{n \\to \\infty} a_n"),
        ("argmax", true, "\\operatorname*{argmax}_{\\theta} \\log p_\\theta(x)"),
        ("max-min-inline", false, "\\max_{a} \\min_b f"),
        ("operatorname", false, "\\operatorname{softmax}(\\mathbf{o})"),
        ("log-spacing", false, "2\\log x + \\exp(x) + \\sin\\theta"),
        ("left-right", true, "\\left( \\frac{a}{b} \\right)"),
        ("middle", true, "\\left\\{ x \\middle| x > 0 \\right\\}"),
        ("left-dot", true, "\\left. \\frac{df}{dx} \\right|_{x=0}"),
        ("big", false, "\\big( x \\Big) \\bigl[ y \\bigr]"),
        ("sqrt", false, "\\sqrt{x^2+1} + \\sqrt[3]{y}"),
        ("accents", false, "\\hat{y} \\bar{x} \\tilde{z} \\vec{v} \\dot{x} \\ddot{x}"),
        ("wide-accents", false, "\\widehat{xy} \\overline{AB} \\underline{c}"),
        ("braces", true, "\\overbrace{a+b}^{2} \\underbrace{x+y}_{\\text{sum}}"),
        ("fonts", false, "\\mathbf{W} \\boldsymbol{\\theta} \\bm{x} \\mathbb{R} \\mathcal{L} \\mathsf{T}"),
        ("upright", false, "\\mathrm{d}x \\mathrm{ReLU} \\mathit{diff} \\mathtt{x}"),
        ("text", false, "\\text{if } x \\textrm{ and } \\textbf{y}"),
        ("text-math", false, "\\text{for $i$ in }S"),
        ("greek", false, "\\alpha \\beta \\Gamma \\Delta \\epsilon \\varepsilon \\phi \\varphi \\Omega"),
        ("relations", false, "a \\leq b \\neq c \\approx d \\in S \\subseteq T \\sim p \\propto q"),
        ("arrows", false, "f: X \\to Y \\Rightarrow Z \\mapsto w \\leftarrow v"),
        ("unary-minus", false, "-x = -(a - b) \\cdot (-1)"),
        ("binary-operators", false, "a \\times b \\odot c \\pm d \\cdot e"),
        ("dots", false, "x_1, \\ldots, x_n + \\cdots \\vdots \\ddots"),
        ("cases", true, "f(x) = \\begin{cases} 1 & \\text{if } x > 0, \\\\ 0 & \\text{otherwise.} \\end{cases}"),
        ("aligned", true, "\\begin{aligned} a &= b + c \\\\ &= d \\end{aligned}"),
        ("align-star", true, "\\begin{align*} x &= 1 & y &= 2 \\end{align*}"),
        ("split", true, "\\begin{split} a &= b \\\\ &= -c \\end{split}"),
        ("gathered", true, "\\begin{gathered} a = b \\\\ c = d \\end{gathered}"),
        ("pmatrix", true, "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}"),
        ("bmatrix", true, "\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}"),
        ("vmatrix-Bmatrix", true, "\\begin{vmatrix} a \\end{vmatrix} \\begin{Bmatrix} b \\end{Bmatrix} \\begin{matrix} c \\end{matrix}"),
        ("array", true, "\\begin{array}{r|cl} 1 & 2 & 3 \\\\ 4 & 5 & 6 \\end{array}"),
        ("xrightarrow", true, "A \\xrightarrow{f} B \\xleftarrow[g]{h} C"),
        ("spacing", false, "a\\,b\\:c\\;d\\!e\\quad f\\qquad g~h\\ i"),
        ("stacking", false, "\\stackrel{\\text{def}}{=} \\overset{!}{=} \\underset{x}{\\arg\\min}"),
        ("negation", false, "a \\not= b \\not\\in C \\not\\approx d"),
        ("transpose", false, "\\mathbf{x}^\\top \\mathbf{A}^\\intercal \\mathbf{y} \\mid z"),
        ("mathop", true, "\\mathop{\\mathrm{arg\\,max}}_{y} f(y)"),
        ("color", false, "\\color{red} x + \\textcolor{blue}{y}"),
        ("style", true, "\\displaystyle\\frac{1}{2} \\textstyle\\sum_i x_i"),
        ("tag", true, "E = mc^2 \\tag{1}"),
        ("escapes", false, "a < b \\& c > d \\% \\{x\\}"),
        ("hspace", false, "a \\hspace{0.5in} b"),
        ("norm-abs", false, "\\|x\\|_2 + |y| + \\lVert z \\rVert"),
        ("thousands", false, "10{,}000 + 1{,}234{,}567.5 + f(1{,}x)"),
        ("big-scripts", true, "\\bigg( x \\bigg)^{+} + \\Big]_{i}"),
        ("logos", false, "\\TeX + \\LaTeX + \\text{\\TeX}"),
        ("sizes", false, "a {\\tiny b} \\footnotesize c + \\text{x \\small y}"),
        ("text-ligatures", false, "\\text{pages 1--2 --- ``quoted'' and `single' don't}"),
        ("error", false, "a + \\unknown{b}"),
    ]

    static let fileURL = Fixtures.url("golden.tsv")

    static func render() -> [String] {
        cases.map { item in
            let result = Fixtures.converter.convert(item.tex, display: item.display)
            return [item.name, item.display ? "display" : "inline", item.tex, result.mathML].joined(separator: "\t")
        }
    }

    @Test func outputsMatchRecordedMathML() throws {
        let lines = Self.render()
        Snapshot.expect(lines.joined(separator: "\n") + "\n", matches: Self.fileURL)
    }

    @Test func enoughCasesAndAllWellFormed() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
        for line in Self.render() {
            #expect(Fixtures.isWellFormed(String(line.split(separator: "\t").last ?? "")))
        }
    }
}
