import Bank
import Foundation
import SiteInspection
import Testing
import TestSupport

/// The grader's compact key of every form: the same parts, points and rubric items as the full
/// key, the results of machine-gradable parts, and nothing a grader does not read.
@Suite struct CompactKeyTests {
    @Test func everyFormHasACompactKeyWithTheKeysPartsPointsAndRubric() async throws {
        let build = try TestBuild(bank: try VariantBuildTests.bankWithVariants(2, seed: 7))
        try await build.run()
        let manifest = try #require(DocumentManifest.read(from: build.options.privateOutput))
        let index = try build.privateHTML("index.html")
        for folder in ["exams/dl-2019-01-22", "exams/dl-2019-01-22/variants/A", "exams/dl-2019-01-22/variants/B"] {
            let compact = try build.privateHTML("\(folder)/key-compact.html")
            let key = try build.privateHTML("\(folder)/key.html")
            let parts = compact.all("div", class: "compact-part")
            #expect(parts.count == key.all("section", class: "part").count)
            #expect(parts.count == 13)
            // "[3 points]" → 3
            let points = parts.compactMap { part in
                part.all("span", class: "points").first.flatMap { Double($0.text.dropFirst().split(separator: " ").first ?? "") }
            }
            #expect(points.count == parts.count && points.reduce(0, +) == 40, "\(points)")
            #expect(compact.all("ul", class: "compact-rubric").flatMap { $0.all("li") }.count
                    == key.all("div", class: "rubric").flatMap { $0.all("li") }.count)
            // No questions, worked solutions, identity fields or grading table.
            for absent in [("div", "question"), ("div", "answer"), ("div", "stem"), ("table", "grading-table")] {
                #expect(compact.all(absent.0, class: absent.1).isEmpty, "\(folder): \(absent)")
            }
            #expect(compact.all("input").isEmpty)
            #expect(manifest.documents.contains { $0.path == "\(folder)/key-compact.html" && $0.kind == .compactKey })
            #expect(index.all("a").contains { $0["href"] == "\(folder)/key-compact.html" && $0.text == "compact key" })
        }
    }

    @Test func machineGradablePartsShowTheirResult() async throws {
        let exercise = """
            ---
            id: graded
            title: Graded
            topic: t
            visibility: private
            parameters:
              w: {integer: [2, 6], default: 4}
            ---

            ## (a) [1 point]

            Which is right?

            ### Choose one

            - [ ] the wrong option
            - [x] the right option

            ## (b) [2 points]

            Compute $2w$ for $w = [[w]]$.

            ### Numeric answer

            [[2 * w]] ± 0.5

            """
        let bank = try InlineBank.write([
            "exercises/graded.md": exercise,
            "exams/exam.yml": "title: Exam\ncourse: \"1\"\ndate: 2019-01-22\nexercises:\n  - id: graded\n",
        ])
        let build = try TestBuild(bank: bank)
        try await build.run()
        let results = try build.privateHTML("exams/exam/key-compact.html").all("span", class: "result").map(\.text)
        #expect(results.count == 2)
        #expect(results.first?.contains("the right option") == true && results.first?.contains("wrong") == false, "\(results)")
        #expect(results.last == "8 (7.5 … 8.5)")
    }

    @Test func onlyTheStudentCopyAsksForANameAndNumber() async throws {
        let build = try TestBuild()
        try await build.run()
        let student = try build.privateHTML("exams/dl-2019-01-22/student.html")
        #expect(student.all("input").map { $0["id"] } == ["student-name", "student-number"])
        for key in ["key.html", "key-compact.html"] {
            #expect(try build.privateHTML("exams/dl-2019-01-22/\(key)").all("input").isEmpty, "\(key)")
        }
    }
}
