import Bank
import Foundation
import SiteInspection
import Testing
import Variants

/// Machine-gradable parts on paper and on the site, read back with libxml2: boxes on the student
/// copy, marked options and values with tolerances in words on the key, the answer grid that opens
/// each variant's key and agrees with answers.json, the answer matrix, and the site's self-check —
/// which no unreleased or solution-less exercise may carry.
@Suite struct GradablePrintTests {
    static let exercise = """
        ---
        id: quiz
        title: Quiz
        topic: t
        visibility: public
        solutions: public
        parameters:
          n: {integer: [2, 6], default: 3}
        derived:
          field: 1 + 2 * n
          wrong: 2 + 2 * n
        ---

        ## (a) [2 points]

        Receptive field of [[n]] layers?

        ### Choose one

        - [x] [[field]]
        - [ ] [[wrong]] {misconception: adds one pixel too many}
        - [ ] <b>none</b> of the above {pinned}

        ## (b) [1 point]

        Field again?

        ### Numeric answer

        [[field]] ± 0.5

        ### Explanation

        $1 + 2n$.

        ## (c) [2 points]

        It is [__f__] wide and it [__g__].

        ### Blanks

        - (f) [1 point] [[field]] (2 significant figures)
        - (g) [1 point] [x] grows | [ ] shrinks
        """

    static let exam = """
        title: Quiz exam
        course: "1"
        date: 2026-03-02
        released: true
        variants: 3
        seed: 11
        exercises:
          - id: quiz

        """

    static func build(exercise: String = exercise, exam: String = exam) async throws -> TestBuild {
        let build = try TestBuild(bank: try InlineBank.write(["exercises/quiz.md": exercise, "exams/quiz.yml": exam]))
        try await build.run()
        return build
    }

    @Test func studentCopyHasBoxesAndNoAnswers() async throws {
        let build = try await Self.build()
        let page = try build.privateHTML("exams/quiz/variants/B/student.html")
        let options = page.all("li", class: "option")
        #expect(options.count == 3)
        #expect(options.allSatisfy { $0.all("span", class: "box").first?.text == "☐" && !$0.hasClass("correct") })
        // Bank text stays text: the raw HTML of an option is left out, its words kept.
        #expect(options.last?.text.contains("of the above") == true)
        #expect(page.all("b").isEmpty)
        #expect(page.all("span", class: "number-box").count == 1)
        #expect(page.all("span", class: "blank-box").count == 2)
        #expect(page.all("section", class: "answer-grid").isEmpty)
        #expect(page.all("details").isEmpty && page.all("span", class: "misconception").isEmpty)
    }

    @Test func keyOpensWithTheAnswerGridOfAnswersJSON() async throws {
        let build = try await Self.build()
        let data = try Data(contentsOf: build.options.privateOutput.appendingPathComponent("exams/quiz/answers.json"))
        let sheet = try JSONDecoder().decode(AnswerSheet.self, from: data)
        for (index, code) in ["A", "B", "C"].enumerated() {
            let key = try build.privateHTML("exams/quiz/variants/\(code)/key.html")
            let body = try #require(key.all("body").first)
            // The grid is the first thing on the key's first page.
            #expect(body.elements.first?.hasClass("answer-grid") == true)
            let rows = key.all("section", class: "answer-grid").flatMap { $0.all("tbody") }.flatMap { $0.all("tr") }
            let cells = rows.map { row in row.elements.map(\.text) }
            let items = sheet.variants[index].parts
            let letter = try #require(items[0].answer.correctLetters)
            let field = try #require(items[1].numeric)
            #expect(cells == [
                ["1 (a)", letter, "2 points"],
                ["1 (b)", "\(field.printed) ± 0.5", "1 point"],
                ["1 (c) f", "\(field.printed) (2 significant figures)", "1 point"],
                ["1 (c) g", "grows", "1 point"],
            ])
            let correct = key.all("li", class: "correct")
            #expect(correct.map { $0["data-letter"] } == [letter])
            #expect(correct.first?.all("span", class: "box").first?.text == "☒")
            #expect(key.all("span", class: "misconception").map(\.text) == ["— adds one pixel too many"])
        }
    }

    @Test func answerMatrixListsEveryVariantInHTMLAndCSV() async throws {
        let build = try await Self.build()
        let data = try Data(contentsOf: build.options.privateOutput.appendingPathComponent("exams/quiz/answers.json"))
        let sheet = try JSONDecoder().decode(AnswerSheet.self, from: data)
        let csv = try String(contentsOf: build.options.privateOutput.appendingPathComponent("exams/quiz/answer-matrix.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "Variant,1 (a),1 (b),1 (c) f,1 (c) g")
        #expect(lines.count == 4)
        for (line, variant) in zip(lines.dropFirst(), sheet.variants) {
            #expect(line.hasPrefix("\(variant.code),\(variant.parts[0].answer.correctLetters!),"))
        }
        let page = try build.privateHTML("exams/quiz/answer-matrix.html")
        #expect(page.all("tbody").flatMap { $0.all("tr") }.count == 3)
        let manifest = try String(contentsOf: build.options.privateOutput.appendingPathComponent("documents.json"), encoding: .utf8)
        #expect(manifest.contains("exams/quiz/answer-matrix.html") && manifest.contains("exams/quiz/answer-matrix.csv"))
        let index = try build.privateHTML("index.html")
        #expect(index.all("a").contains { $0["href"] == "exams/quiz/answer-matrix.csv" })
    }

    @Test func siteExercisePageCanBeCheckedWithoutGivingAwayTheSolution() async throws {
        let build = try await Self.build()
        let page = try build.html("exercises/quiz.html")
        // The exercise as written, then its practice variants.
        let gradable = page.all("div", class: "gradable")
        #expect(gradable.prefix(3).map { $0["data-kind"] } == ["single-choice", "numeric", "cloze"])
        #expect(gradable.count > 3)
        #expect(gradable[0]["data-check"]?.hasPrefix("letters:") == true)
        #expect(gradable[1]["data-check"] == "range:6.5:7.5")
        #expect(gradable[1]["data-tolerance"] == "± 0.5")
        // A cloze is checked blank by blank: each carries its own interval or letters.
        #expect(gradable[2]["data-check"] == "blanks")
        let blanks = page.all("span", class: "blank").prefix(2)
        #expect(blanks.map { $0["data-blank"] } == ["f", "g"])
        #expect(blanks.first?["data-check"]?.hasPrefix("range:") == true)
        let grows = blanks.last?.all("span", class: "blank-option").first { $0.text.contains("grows") }
        #expect(grows != nil && blanks.last?["data-check"] == "letters:" + (grows?["data-letter"] ?? "?"))
        // The answer is behind the solution toggle, which works without JavaScript.
        #expect(gradable[0].all("details", class: "solution").count == 1)
        #expect(page.all("li", class: "correct").isEmpty)
        let scripts = page.all("script").compactMap { $0["src"] }
        #expect(scripts == ["../assets/self-check.js"])
        let script = try String(contentsOf: build.options.site.appendingPathComponent("assets/self-check.js"), encoding: .utf8)
        #expect(!script.contains("http") && !script.contains("fetch("))
    }

    @Test func withoutPublicSolutionsThePageCarriesNoAnswers() async throws {
        let hidden = Self.exercise.replacingOccurrences(of: "solutions: public", with: "solutions: private")
        let build = try await Self.build(exercise: hidden)
        let page = try build.html("exercises/quiz.html")
        #expect(page.all("div", class: "gradable").allSatisfy { $0["data-check"] == nil })
        #expect(!page.all("span", class: "blank").isEmpty && page.all("span", class: "blank").allSatisfy { $0["data-check"] == nil })
        #expect(page.all("details").isEmpty && page.all("script").isEmpty)
        #expect(page.all("li", class: "option").count >= 3)
    }

    @Test func anUnreleasedExamsExerciseNeverReachesTheSite() async throws {
        let secret = Self.exercise.replacingOccurrences(of: "visibility: public", with: "visibility: private")
        let build = try await Self.build(exercise: secret, exam: Self.exam.replacingOccurrences(of: "released: true", with: "released: false"))
        let files = try TestBuild.files(in: build.options.site).keys
        #expect(!files.contains { $0.contains("quiz.html") && $0.hasPrefix("exercises/") })
        for path in files where path.hasSuffix(".html") || path.hasSuffix(".js") || path.hasSuffix(".json") {
            let text = try String(contentsOf: build.options.site.appendingPathComponent(path), encoding: .utf8)
            #expect(!text.contains("adds one pixel too many"), "\(path)")
            if path.hasSuffix(".html") { #expect(!text.contains("data-check"), "\(path)") }
        }
    }
}
