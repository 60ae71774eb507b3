import Foundation
import Printing
import SiteInspection
import Testing

/// `space:` in an exam file: ruled lines or a box after the question, in the student copy only;
/// `paper: letter`: US Letter pages.
@Suite(.serialized, .timeLimit(.minutes(30))) struct AnswerSpaceTests {
    static func bank(space: String, paper: String? = nil) throws -> URL {
        let bank = try Built.copyOfBank()
        let exam = bank.appendingPathComponent("exams/\(Built.seedExam).yml")
        var text = try String(contentsOf: exam, encoding: .utf8)
        text = text.replacingOccurrences(of: "  - id: mlp-backprop-2019\n", with: "  - id: mlp-backprop-2019\n    space: \(space)\n")
        text = text.replacingOccurrences(of: "  - id: cnn-2019\n", with: "  - id: cnn-2019\n    space: 5 lines\n")
        if let paper { text += "paper: \(paper)\n" }
        try text.write(to: exam, atomically: true, encoding: .utf8)
        return bank
    }

    @Test func spaceShowsInTheStudentCopyOnlyAndPartsStillStayWhole() async throws {
        let built = try await Built.make(bank: try Self.bank(space: "{a: 6cm, b: 8 lines, c: 3cm}"))
        let student = try HTMLParser.parse(contentsOf: built.examFolder().appendingPathComponent("student.html"))
        let spaces = student.all("div", class: "answer-space")
        #expect(spaces.map { $0["data-space"] ?? "" } == ["6cm", "8 lines", "3cm", "5 lines", "5 lines"])
        #expect(spaces[1].all("span", class: "answer-line").count == 8)
        #expect(student.element(id: "ex1a")?.all("div", class: "answer-box").first?["style"] == "height: 6cm")
        let key = try HTMLParser.parse(contentsOf: built.examFolder().appendingPathComponent("key.html"))
        #expect(key.all("div", class: "answer-space").isEmpty)
        let site = try HTMLParser.parse(contentsOf: built.site.appendingPathComponent("exams/\(Built.seedExam).html"))
        #expect(site.all("div", class: "answer-space").isEmpty)

        let printer = try Tools.printer(for: built)
        try await printer.print(Built.seedExam)
        let poppler = try Tools.poppler()
        let pages = try await poppler.pageTexts(built.examFolder().appendingPathComponent("pdf/student.pdf")).map(PDFText.normalize)
        for (anchor, placement) in PartPlacement.find(in: student, pages: pages) {
            let placement = try #require(placement, "part \(anchor) not found in the PDF")
            #expect(placement.first.page == placement.last.page, "\(placement)")
        }
        let seed = try await PrintedSeed.shared.value
        #expect(pages.count > seed.student.count, "answer space adds pages: \(pages.count) vs \(seed.student.count)")
    }

    @Test func letterPaperIsUSLetter() async throws {
        let built = try await Built.make(bank: try Self.bank(space: "4 lines", paper: "letter"))
        let student = try String(contentsOf: built.examFolder().appendingPathComponent("student.html"), encoding: .utf8)
        #expect(student.contains("size: letter"))
        let pdf = built.folder.appendingPathComponent("letter.pdf")
        try await Tools.chromium().printToPDF(built.examFolder().appendingPathComponent("student.html"), to: pdf)
        let info = try await ExternalTool.check(try #require(ExternalTool.find(["pdfinfo"])), [pdf.path]).stdout
        #expect(info.contains("612 x 792 pts"), "not US Letter: \(info)")
    }

    @Test func seedExamIsA4() async throws {
        let seed = try await PrintedSeed.shared.value
        let info = try await ExternalTool.check(try #require(ExternalTool.find(["pdfinfo"])), [seed.studentPDF.path]).stdout
        #expect(info.contains("595.") && info.contains("x 841.") || info.contains("(A4)"), "not A4: \(info)")
    }

    @Test func unknownPartAndBadSpaceAreErrors() async throws {
        for (space, message) in [("{d: 6cm}", "`space` names part `d`, but exercise `mlp-backprop-2019` has parts `a`, `b`, `c`"),
                                 ("lots", "`space` must be a number of ruled lines")] {
            do {
                _ = try await Built.make(bank: try Self.bank(space: space))
                Issue.record("space: \(space) was accepted")
            } catch {
                #expect("\(error)".contains(message), "space: \(space): \(error)")
            }
        }
    }
}
