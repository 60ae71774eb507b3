import Foundation
import FoundationXML
import Testing
import TeXMath

/// What printed formulas need beyond plain conversion: one number for `10{,}000`, delimiters that keep
/// their size under scripts, table alignment Chromium applies, logos, size switches, text ligatures.
/// (docs/math.md says which of these were checked on a Chromium screenshot.)
@Suite struct TypographyTests {
    func convert(_ tex: String, display: Bool = false) -> (elements: [XMLElement], warnings: [MathWarning]) {
        let result = Fixtures.converter.convert(tex, display: display)
        let document = try? XMLDocument(xmlString: result.mathML, options: [])
        let nodes = (try? document?.nodes(forXPath: "//*")) ?? []
        return (nodes.compactMap { $0 as? XMLElement }, result.warnings)
    }

    func texts(_ elements: [XMLElement], _ name: String) -> [String] {
        elements.filter { $0.name == name }.map { $0.stringValue ?? "" }
    }

    @Test func groupedCommaIsAThousandsSeparatorInsideOneNumber() {
        let (elements, warnings) = convert("10{,}000 + 1{,}234{,}567.5 = f(1{,}x)")
        #expect(warnings.isEmpty)
        #expect(texts(elements, "mn") == ["10,000", "1,234,567.5", "1"])
        #expect(texts(elements, "mo").contains(","), "a comma before a letter stays punctuation")
    }

    @Test func plainCommaBetweenDigitsStaysPunctuation() {
        #expect(texts(convert("(1,2)").elements, "mn") == ["1", "2"])
    }

    @Test func bigDelimiterWithScriptsKeepsItsSizeInsideAnMrow() {
        let (elements, warnings) = convert("\\bigg)^{+} + \\Big]_i")
        #expect(warnings.isEmpty)
        let bases = elements.filter { $0.name == "msup" || $0.name == "msub" }.map { $0.children?.first as? XMLElement }
        #expect(bases.map { $0?.name } == ["mrow", "mrow"])
        let sizes = bases.map { ($0?.children?.first as? XMLElement)?.attribute("minsize") }
        #expect(sizes == ["2.047em", "1.623em"])
    }

    @Test func tableCellsCarryTheWebkitAlignmentChromiumHonours() {
        let (elements, _) = convert("\\begin{array}{rcl} 1 & 2 & 3 \\end{array}", display: true)
        let styles = elements.filter { $0.name == "mtd" }.compactMap { $0.attribute("style") }
        #expect(styles == [
            "text-align:right;text-align:-webkit-right", "text-align:center;text-align:-webkit-center",
            "text-align:left;text-align:-webkit-left",
        ])
        let aligned = convert("\\begin{aligned} a &= b \\end{aligned}", display: true).elements
            .filter { $0.name == "mtd" }.compactMap { $0.attribute("style") }
        #expect(aligned.first?.hasPrefix("text-align:right;text-align:-webkit-right") == true)
        #expect(aligned.last?.hasPrefix("text-align:left;text-align:-webkit-left") == true)
    }

    @Test func logosAreTypesetInMathAndSpelledInText() {
        let (elements, warnings) = convert("\\TeX \\text{ and \\LaTeX}")
        #expect(warnings.isEmpty)
        #expect(texts(elements, "mi") == ["T", "E", "X"])
        #expect(texts(elements, "mtext") == ["\u{A0}and LaTeX"])
    }

    @Test func everySizeSwitchIsSupportedUntilTheEndOfItsGroup() {
        for (name, size) in [("tiny", "0.5em"), ("scriptsize", "0.7em"), ("footnotesize", "0.8em"), ("small", "0.9em"),
                             ("normalsize", "1em"), ("large", "1.2em"), ("Large", "1.44em"), ("LARGE", "1.728em"),
                             ("huge", "2.074em"), ("Huge", "2.488em")] {
            let (elements, warnings) = convert("a {\\\(name) b} c")
            #expect(warnings.isEmpty, "\\\(name)")
            let styled = elements.filter { $0.attribute("style") == "font-size:\(size)" }
            #expect(styled.map { $0.stringValue } == ["b"], "\\\(name)")
        }
        let text = convert("\\text{a {\\small b} c \\tiny d}").elements
        #expect(text.filter { $0.name == "mtext" }.map { [$0.stringValue ?? "", $0.attribute("style") ?? ""] }
            == [["a\u{A0}", ""], ["b", "font-size:0.9em"], ["\u{A0}c\u{A0}", ""], ["d", "font-size:0.5em"]])
    }

    @Test func textModeDashesAndQuotesAreTypeset() {
        let (elements, warnings) = convert("\\text{1--2, a---b, ``yes'', `no', it's, a-b}")
        #expect(warnings.isEmpty)
        #expect(texts(elements, "mtext") == ["1–2, a—b, “yes”, ‘no’, it’s, a-b"])
    }
}

extension XMLElement {
    func attribute(_ name: String) -> String? {
        attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }
}
