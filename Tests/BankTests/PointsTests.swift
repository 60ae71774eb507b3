import Testing
@testable import Bank

@Suite struct PointsTests {
    @Test(arguments: [("2", 4), ("1.5", 3), ("0.5", 1), ("2.0", 4), ("0", 0)])
    func parsesWholeAndHalfPoints(text: String, halves: Int) {
        #expect(Points(text) == Points(halves: halves))
    }

    @Test(arguments: ["1.25", "1.50", "-1", "", ".5", "1.", "two"])
    func rejectsEverythingElse(text: String) {
        #expect(Points(text) == nil)
    }

    @Test func spellsOutOnePointAndHalves() {
        #expect([Points(1), Points(halves: 3), Points(2)].map(\.spelledOut) == ["1 point", "1.5 points", "2 points"])
        #expect([Points(1), Points(halves: 3)].sum() == Points(halves: 5))
    }
}
