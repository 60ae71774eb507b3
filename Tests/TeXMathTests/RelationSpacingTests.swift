import Testing
@testable import TeXMath

/// TeX sets adjacent relations without space between them; so must the MathML.
struct RelationSpacingTests {
    let converter = try! MathConverter()

    @Test(arguments: [(":=", "<mo>:=</mo>"), ("\\le =", "<mo>≤=</mo>")])
    func adjacentRelationsShareOneOperator(tex: String, expected: String) {
        let result = converter.convert("a \(tex) b", display: false)
        #expect(result.mathML.contains(expected))
        #expect(result.warnings.isEmpty)
    }

    @Test func separatedRelationsStayApart() {
        #expect(converter.convert("a = b = c", display: false).mathML.components(separatedBy: "<mo>=</mo>").count == 3)
    }
}
