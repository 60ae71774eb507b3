import Testing
import TeXMath

/// Chromium ignores `mathvariant`: letters must be Mathematical Alphanumeric Symbols, holes included.
@Suite struct UnicodeAlphabetTests {
    func identifiers(_ tex: String) -> String {
        let mathML = Fixtures.converter.convert(tex, display: false).mathML
        return mathML.split(separator: "<mi>").dropFirst().map { $0.prefix { $0 != "<" } }.joined()
    }

    @Test func blackboardHoles() {
        #expect(identifiers("\\mathbb{CHNPQRZ}") == "ℂℍℕℙℚℝℤ")
        #expect(identifiers("\\mathbb{AE}") == "𝔸𝔼")
        #expect(Fixtures.converter.convert("\\mathbb{1}", display: false).mathML.contains("<mn>𝟙</mn>"))
    }

    @Test func scriptHoles() {
        #expect(identifiers("\\mathcal{BEFHILMR}") == "ℬℰℱℋℐℒℳℛ")
        #expect(identifiers("\\mathcal{ADX}") == "𝒜𝒟𝒳")
        #expect(identifiers("\\mathcal{ego}") == "ℯℊℴ")
    }

    @Test func frakturAndItalicHoles() {
        #expect(identifiers("\\mathfrak{CHIRZ}") == "ℭℌℑℜℨ")
        #expect(identifiers("\\mathit{h}") == "ℎ")
    }

    @Test func boldSansAndGreek() {
        #expect(identifiers("\\mathbf{xW}") == "𝐱𝐖")
        #expect(identifiers("\\mathsf{W}") == "𝖶")
        #expect(identifiers("\\boldsymbol{\\theta\\mu\\epsilon}") == "𝜽𝝁𝝐")
        #expect(identifiers("\\boldsymbol{x}") == "𝒙")
        #expect(identifiers("\\mathbf{\\Sigma}") == "𝚺")
        #expect(identifiers("\\bm{\\Sigma}") == "𝚺")
        #expect(identifiers("\\mathtt{a}") == "𝚊")
    }

    @Test func capitalGreekIsUpright() {
        #expect(Fixtures.converter.convert("\\Gamma", display: false).mathML.contains("<mi mathvariant=\"normal\">Γ</mi>"))
    }
}
