import Bank
import Foundation
import SiteInspection
import Testing

/// The 2019 exam, built from the bank, read back from the printed HTML.
@Suite struct SeedExamTests {
    /// The seed's grading scheme, exercise by exercise.
    static let scheme: [[Int]] = [[2, 2, 2], [3, 4], [3, 3, 4], [3, 3, 3], [2, 6]]

    @Test func studentCopyHasEveryExerciseAndPart() async throws {
        let build = try TestBuild()
        try await build.run()
        let student = try build.privateHTML("exams/dl-2019-01-22/student.html")
        let exercises = student.all("article", class: "exercise")
        #expect(exercises.count == 5)
        #expect(exercises.map { $0.all("section", class: "part").count } == Self.scheme.map(\.count))
        #expect(student.all("section", class: "part").count == 13)
        #expect(exercises.first?.all("h2").first?.text == "Exercise 1. (Backpropagation, MLP) [6 points]")
        #expect(student.all("h3", class: "part-heading").first?.text == "(a) [2 points]")
    }

    @Test func gradingTableMatchesTheSeed() async throws {
        let build = try TestBuild()
        try await build.run()
        for document in ["student", "key"] {
            let page = try build.privateHTML("exams/dl-2019-01-22/\(document).html")
            let table = try #require(page.all("table", class: "grading-table").first)
            let cells = table.all("td").filter { $0["data-part"] != nil }
            var found: [[Int]] = Array(repeating: [], count: 5)
            for cell in cells {
                let exercise = try #require(Int(cell["data-exercise"] ?? ""))
                found[exercise - 1].append(try #require(Int(cell["data-points"] ?? "")))
            }
            #expect(found == Self.scheme, "\(document)")
            let totals = table.all("td").compactMap { $0["data-exercise"] != nil ? $0["data-total"] : nil }
            #expect(totals == ["6", "7", "10", "9", "8"])
            #expect(table.all("td", class: "grand-total").first?["data-total"] == "40")
        }
    }

    @Test func coverCarriesTheSeedsFacts() async throws {
        let build = try TestBuild()
        try await build.run()
        let cover = try #require(try build.privateHTML("exams/dl-2019-01-22/student.html").all("section", class: "cover").first)
        #expect(cover.all("h1").first?.text == "Deep Learning - From Theory to Practice (201800177)")
        #expect(cover.text.contains("Date: Tuesday, Jan 22, 2019"))
        #expect(cover.text.contains("Time: 8:45–11:45"))
        #expect(cover.all("ul", class: "instructions").first?.all("li").count == 3)
        #expect(cover.all("label").map(\.text) == ["Name", "Student number"])
    }

    @Test func answerKeyHasAnswersAndRubricsForEveryPart() async throws {
        let build = try TestBuild()
        try await build.run()
        let key = try build.privateHTML("exams/dl-2019-01-22/key.html")
        let parts = key.all("section", class: "part")
        #expect(parts.count == 13)
        for part in parts {
            #expect(part.all("div", class: "answer").count == 1)
            #expect(part.all("div", class: "rubric").count == 1)
        }
    }

    @Test func publicExamPageShowsSolutionsButNoRubrics() async throws {
        let build = try TestBuild()
        try await build.run()
        let page = try build.html("exams/dl-2019-01-22.html")
        #expect(page.all("section", class: "part").count == 13)
        #expect(page.all("details", class: "solution").count == 13)
        #expect(page.all("div", class: "rubric").isEmpty)
    }
}
