import Foundation
import Grading
import Testing

/// docs/grading.md quotes the worked example: every number it quotes is the one computed.
@Suite struct GradingDocsTests {
    static let docs = WorkedExample.repository.appendingPathComponent("docs/grading.md")

    @Test func theWorkedExampleInTheDocsIsWhatGradeComputes() async throws {
        let text = try String(contentsOf: Self.docs, encoding: .utf8)
        let example = try WorkedExample()
        try await example.build()
        let sheet = try example.privateText("exams/midterm/grading-sheet.csv").split(separator: "\n").prefix(3)
        for line in sheet { #expect(text.contains(line), "docs/grading.md should show the sheet line: \(line)") }

        let outcome = try ExamGrader(bank: example.bank, privateOutput: example.options.privateOutput)
            .grade("midterm", scores: WorkedExample.scores, display: "scores.csv")
        for line in outcome.results.summary { #expect(text.contains("sitegen: \(line)\n"), "docs/grading.md should show: sitegen: \(line)") }
        for student in outcome.results.students {
            let s = student.row.student
            let row = "| \(s.number) | \(s.name) | \(student.row.code!) | \(Gradebook.number(student.total)) | \(student.grade!.text) |"
            #expect(text.contains(row), "docs/grading.md should have the row \(row)")
        }
        let anova = try #require(outcome.results.anova)
        #expect(text.contains("**F(\(anova.between), \(anova.within)) = \(String(format: "%.2f", anova.f)), p \(ExamResults.pValue(anova.p))**"))
        #expect(text.contains("**\(String(format: "%.2f", outcome.results.alpha))** over the \(outcome.results.alphaItems) parts"))
        let gradebook = try example.privateText("exams/midterm/results/gradebook.csv").split(separator: "\n").prefix(2)
        for line in gradebook { #expect(text.contains(line), "docs/grading.md should show the gradebook line: \(line)") }
    }
}
