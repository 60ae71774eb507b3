import Bank
import Foundation
import Grading
import Pipeline
import SiteInspection
import Testing

/// From roster to results on the worked example: the build writes the assignment, the grading
/// sheet and each student's own copy; `sitegen grade`'s library reads the scores back and its
/// numbers match numpy's and scipy's; nothing of the roster reaches the site.
@Suite(.serialized) struct GradingBuildTests {
    @Test func theBuildWritesTheAssignmentTheSheetAndEachStudentsCopy() async throws {
        let example = try WorkedExample()
        try await example.build()
        let assignment = try CSVTable(file: "assignment.csv", text: example.privateText("exams/midterm/assignment.csv"))
        #expect(assignment.records.first?.fields.map(\.text) == ["number", "name", "variant", "fingerprint", "room", "seat", "email"])
        #expect(assignment.records.count == 13)
        let counts = Dictionary(grouping: assignment.records.dropFirst(), by: { $0[2] }).mapValues(\.count)
        #expect(counts == ["A": 4, "B": 4, "C": 4])

        let sheet = try CSVTable(file: "grading-sheet.csv", text: example.privateText("exams/midterm/grading-sheet.csv"))
        #expect(sheet.records[0].fields.map(\.text) == ["number", "name", "variant", "fingerprint",
            "gradient-step/a (max 2)", "gradient-step/b (max 3)", "activation/a (max 2)", "activation/b (max 1)",
            "overfitting/a (max 2)", "regularisation/a (max 2)"])
        // Each row leaves the parts of its form empty and marks the other pool member `-`.
        for row in sheet.records.dropFirst() {
            #expect(row.fields.dropFirst(4).map(\.text).sorted() == ["", "", "", "", "", "-"])
            #expect(row[3] == assignment.records.first { $0[0] == row[0] }?[3])
        }

        // Anna's own copy: her name and number on the cover of her variant.
        let anna = assignment.records.first { $0[0] == "s2026001" }!
        let copy = try HTMLParser.parse(contentsOf: example.options.privateOutput.appendingPathComponent("exams/midterm/students/s2026001/student.html"))
        #expect(copy.element(id: "student-name")?["value"] == "Anna de Vries")
        #expect(copy.element(id: "student-number")?["value"] == "s2026001")
        #expect(copy.all("p", class: "variant-code").first?.text.contains(anna[2]) == true)

        // The manifest lists the copies in the order they are handed out: room, then seat as a number.
        let manifest = try #require(DocumentManifest.read(from: example.options.privateOutput))
        let handedOut = manifest.documents.filter { $0.student != nil }.map { $0.student! }
        #expect(handedOut == ["s2026006", "s2026005", "s2026004", "s2026003", "s2026002", "s2026001",
                              "s2026007", "s2026008", "s2026009", "s2026010", "s2026011", "s2026012"])
        #expect(manifest.documents.contains { $0.kind == .gradingSheet && $0.path == "exams/midterm/grading-sheet.csv" })
        #expect(manifest.documents.contains { $0.kind == .assignment && $0.path == "exams/midterm/assignment.csv" })
        let index = try HTMLParser.parse(contentsOf: example.options.privateOutput.appendingPathComponent("index.html"))
        #expect(index.all("a").contains { $0["href"] == "exams/midterm/grading-sheet.csv" })

        // Nothing of the roster is on the public site.
        let roster = try Roster(file: "s.csv", text: String(contentsOf: WorkedExample.folder.appendingPathComponent("exams/students.csv"), encoding: .utf8))
        let words = roster.students.flatMap { [$0.number, $0.name, $0.extra["email"]!] }
        let site = FileManager.default.enumerator(atPath: example.options.site.path)!.compactMap { $0 as? String }
        #expect(site.count > 5)
        for path in site {
            guard let data = FileManager.default.contents(atPath: example.options.site.appendingPathComponent(path).path) else { continue }
            #expect(!path.contains("assignment") && !path.contains("grading-sheet") && !path.contains("results"))
            for word in words { #expect(data.range(of: Data(word.utf8)) == nil, "\(word) is in site/\(path)") }
        }
    }

    /// `--roster EXAM=FILE` stands in for the exam file's roster; naming an exam the bank lacks is an error.
    @Test func aRosterGivenOnTheCommandLineReplacesTheExamFiles() async throws {
        var example = try WorkedExample()
        let other = example.root.appendingPathComponent("late.csv")
        try "number,name\nx1,Xavier\nx2,Yara\n".write(to: other, atomically: true, encoding: .utf8)
        example.options.rosters = ["midterm": other]
        try await example.build()
        let assignment = try CSVTable(file: "a", text: example.privateText("exams/midterm/assignment.csv"))
        #expect(assignment.records.dropFirst().map { $0[0] } == ["x1", "x2"])
        let (_, graded) = try ExamGrader(bank: example.bank, privateOutput: example.options.privateOutput, rosters: ["midterm": other]).forms(of: "midterm")
        #expect(graded.entries.map(\.code) == assignment.records.dropFirst().map { $0[2] })
        example.options.rosters = ["midtrem": other]
        await #expect {
            try await example.build()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message == "--roster names exam `midtrem`, which the bank does not have; did you mean `midterm`?"
        }
    }

    @Test func gradingMatchesNumpyAndScipyAndTheResultsSurviveALaterBuild() async throws {
        let example = try WorkedExample()
        try await example.build()
        let expected = try WorkedExample.expected()
        let outcome = try ExamGrader(bank: example.bank, privateOutput: example.options.privateOutput)
            .grade("midterm", scores: WorkedExample.scores, display: "scores.csv")
        let results = outcome.results
        #expect(results.students.count == 12)
        for student in results.students {
            #expect(student.total == expected.totals[student.row.student.number])
            #expect(student.grade?.value.map { abs($0 - expected.grades[student.row.student.number]!) < 1e-9 } == true)
        }
        for part in results.parts {
            let oracle = try #require(expected.parts[part.key.description])
            #expect(part.count == oracle.count)
            #expect(abs(part.mean - oracle.mean) < 1e-12)
            #expect(abs(part.difficulty - oracle.difficulty) < 1e-12)
            #expect(abs(part.itemRest - oracle.item_rest) < 1e-12)
            #expect(abs((part.anova?.p ?? .nan) - (oracle.anova_p ?? .nan)) < 1e-9 || (part.anova == nil && oracle.anova_p == nil))
        }
        #expect(abs(results.alpha - expected.alpha) < 1e-12)
        #expect(results.alphaItems == expected.alpha_items)
        let anova = try #require(results.anova)
        #expect(abs(anova.f - expected.anova.f) < 1e-9)
        #expect(abs(anova.p - expected.anova.p) < 1e-9)
        for variant in results.variants { #expect(abs(variant.meanTotal - expected.variant_means[variant.code]!) < 1e-12) }
        // The fixture makes activation/a impossible on variant C: the report must say so.
        #expect(results.parts.first { $0.key.description == "activation/a" }?.flag?.description.hasPrefix("variant C is much harder") == true)
        #expect(results.parts.filter { $0.flag != nil }.count == 1)

        // The report, read back as a browser would.
        let report = try HTMLParser.parse(contentsOf: example.options.privateOutput.appendingPathComponent("exams/midterm/results/report.html"))
        #expect(report.element(id: "alpha")?.text == String(format: "%.2f", expected.alpha))
        #expect(report.element(id: "student-table")?.all("tr").count == 13)
        #expect(report.element(id: "part-table")?.all("tr").count == 7)
        #expect(report.all("svg").count == 2)
        #expect(report.element(id: "flagged")?.all("li").map(\.text).first?.hasPrefix("activation/a: variant C") == true)
        let bars = report.all("svg").first!.all("rect").count
        #expect(bars == 11)

        // The gradebook: one row per student, Canvas's columns first.
        let gradebook = try CSVTable(file: "gradebook.csv", text: example.privateText("exams/midterm/results/gradebook.csv"))
        #expect(gradebook.records[0].fields.map(\.text) == Gradebook.headers + ["Midterm (midterm) total", "Midterm (midterm) grade"])
        let anna = try #require(gradebook.records.first { $0[2] == "s2026001" })
        #expect(anna[0] == "Anna de Vries" && anna[3] == "anna@example.edu")
        #expect(Double(anna[5]) == expected.totals["s2026001"])

        // A later build keeps the results and lists them.
        try await example.build()
        #expect(FileManager.default.fileExists(atPath: example.options.privateOutput.appendingPathComponent("exams/midterm/results/report.html").path))
        let manifest = try #require(DocumentManifest.read(from: example.options.privateOutput))
        #expect(manifest.documents.contains { $0.kind == .report && $0.path == "exams/midterm/results/report.html" })
        #expect(!FileManager.default.fileExists(atPath: example.options.site.appendingPathComponent("exams/midterm/results").path))
    }
}
