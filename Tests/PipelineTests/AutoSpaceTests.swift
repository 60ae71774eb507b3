import Foundation
import Bank
import Pipeline
import SiteInspection
import Testing
import TestSupport

/// `space: auto` gives each part of the student copy ruled lines by its points: three a point,
/// rounded up, at least three and at most forty.
@Suite struct AutoSpaceTests {
    static let exercise = """
        ---
        id: sized
        title: Sized
        topic: t
        visibility: private
        ---

        ## (a) [0.5 points]

        Half a point.

        ### Answer

        An answer.

        ### Rubric

        - [0.5 points] The answer.

        ## (b) [2 points]

        Two points.

        ### Answer

        An answer.

        ### Rubric

        - [2 points] The answer.

        ## (c) [20 points]

        Twenty points.

        ### Answer

        An answer.

        ### Rubric

        - [20 points] The answer.

        """

    static func build(space: String) async throws -> TestBuild {
        let bank = try InlineBank.write([
            "exercises/sized.md": exercise,
            "exams/final.yml": """
                title: Final
                course: "1"
                date: 2030-01-15
                exercises:
                  - id: sized
                    space: \(space)

                """,
        ])
        let build = try TestBuild(bank: bank)
        try await build.run()
        return build
    }

    static func spaces(_ document: HTMLElement) -> [String] {
        document.all("div", class: "answer-space").map { $0["data-space"] ?? "" }
    }

    @Test func autoSizesEveryPartByItsPoints() async throws {
        let build = try await Self.build(space: "auto")
        let student = try build.privateHTML("exams/final/student.html")
        #expect(Self.spaces(student) == ["3 lines", "6 lines", "40 lines"])
        #expect(student.all("div", class: "answer-space").map { $0.all("span", class: "answer-line").count } == [3, 6, 40])
        #expect(Self.spaces(try build.privateHTML("exams/final/key.html")).isEmpty, "a key has no answer space")
    }

    @Test func autoMixesWithSizedParts() async throws {
        let build = try await Self.build(space: "{a: 4cm, b: auto}")
        #expect(Self.spaces(try build.privateHTML("exams/final/student.html")) == ["4cm", "6 lines"])
    }

    @Test func theRuleIsThreeLinesAPointWithinBounds() {
        #expect(AnswerSpace("auto") == .auto)
        let sized = [Points(halves: 1), Points(1), Points(halves: 3), Points(4), Points(13), Points(14), Points(1_000_000)]
            .map { AnswerSpace.auto.sized(for: $0) }
        #expect(sized == [.lines(3), .lines(3), .lines(5), .lines(12), .lines(39), .lines(40), .lines(40)])
        #expect(AnswerSpace.lines(2).sized(for: Points(10)) == .lines(2), "a given space is kept")
    }
}
