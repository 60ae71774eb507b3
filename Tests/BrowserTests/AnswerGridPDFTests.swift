import Foundation
import Printing
import Testing
import Variants

/// A variant of the 2026 quiz (every part machine-gradable) printed by headless Chromium: its key
/// opens with a one-page answer grid, read back from the PDF with pdftotext and compared with
/// answers.json; the student copy prints the option letters and no answers.
@Suite(.serialized, .timeLimit(.minutes(30))) struct AnswerGridPDFTests {
    static let exam = "dl-quiz-2026"

    @Test func keyOpensWithTheGridOfAnswersJSON() async throws {
        let built = try await Built.make()
        let folder = built.examFolder(Self.exam)
        let sheet = try JSONDecoder().decode(AnswerSheet.self, from: Data(contentsOf: folder.appendingPathComponent("answers.json")))
        let variant = try #require(sheet.variants.first { $0.code == "B" })
        let chromium = try Tools.chromium(), poppler = try Tools.poppler()
        let keyPDF = built.folder.appendingPathComponent("quiz-key-B.pdf")
        try await chromium.printToPDF(folder.appendingPathComponent("variants/B/key.html"), to: keyPDF)
        let pages = try await poppler.pageTexts(keyPDF).map(PDFText.normalize)
        let grid = try #require(pages.first)
        #expect(grid.contains("Answer grid · Variant B"), "\(grid)")
        // The grid is one page: the cover follows it.
        #expect(pages.count > 2 && pages[1].contains("ANSWER KEY — CONFIDENTIAL") && !pages[1].contains("Answer grid"))
        var rest = Substring(grid)
        for item in variant.parts {
            let rows: [(String, String, Double)]
            if let blanks = item.blanks {
                rows = blanks.map { blank in
                    ("\(item.number) (\(item.part)) \(blank.name)",
                     blank.numeric.map { Self.stated($0) } ?? blank.options!.filter(\.correct).map(\.text).joined(separator: ", "), blank.points)
                }
            } else {
                rows = [("\(item.number) (\(item.part))", item.answer.correctLetters ?? Self.stated(item.numeric!), item.points)]
            }
            for (label, answer, points) in rows {
                let row = "\(label) \(answer) \(Int(points)) point\(points == 1 ? "" : "s")"
                // Rows come in printed order.
                let found = rest.range(of: row)
                #expect(found != nil, "grid row “\(row)” missing or out of order in: \(grid)")
                if let found { rest = rest[found.upperBound...] }
            }
        }
        let studentPDF = built.folder.appendingPathComponent("quiz-student-B.pdf")
        try await chromium.printToPDF(folder.appendingPathComponent("variants/B/student.html"), to: studentPDF)
        let student = try await poppler.pageTexts(studentPDF).map(PDFText.normalize).joined(separator: " ")
        #expect(student.contains("Choose one.") && student.contains("Choose all that apply."))
        #expect(!student.contains("Answer grid") && !student.contains("misconception"))
    }

    /// A numeric answer as the grid states it: the printed value and its tolerance in words.
    static func stated(_ numeric: NumericKey) -> String {
        let amount = String(format: "%.10g", numeric.tolerance.amount * (numeric.tolerance.kind == "relative" ? 100 : 1))
        switch numeric.tolerance.kind {
        case "absolute": return numeric.tolerance.amount == 0 ? numeric.printed : "\(numeric.printed) ± \(amount)"
        case "relative": return "\(numeric.printed) ± \(amount)%"
        default: return "\(numeric.printed) (\(amount) significant figures)"
        }
    }
}
