import Foundation
import SiteInspection
import Testing

/// The topic page's line under each exercise counts in words: "1 point · 1 part", "3 points · 2 parts".
@Suite struct TopicPageTests {
    @Test func pointsAndPartsAreSingularOrPlural() async throws {
        var two = InlineBank.exercise(id: "two")
        two = two.replacingOccurrences(of: "## (a) [1 point]", with: "## (a) [2 points]")
            .replacingOccurrences(of: "- [1 point] Rubric.", with: "- [2 points] Rubric.")
            + "\n## (b) [1 point]\n\nMore.\n\n### Answer\n\nYes.\n\n### Rubric\n\n- [1 point] Says yes.\n"
        let build = try TestBuild(bank: try InlineBank.write([
            "exercises/one.md": InlineBank.exercise(id: "one"),
            "exercises/two.md": two,
        ]))
        try await build.run()
        let lines = try build.html("topics/t.html").all("span", class: "meta").map(\.text)
        #expect(lines == ["1 point · 1 part", "3 points · 2 parts"])
    }
}
