import Foundation
import Printing
import Testing

/// `cover: {pages: true}` prints "This exam has N pages" on the cover, N counted by the printer:
/// the number must be the page count of the PDF, whatever the answer space adds.
@Suite(.serialized, .timeLimit(.minutes(30))) struct CoverPrintTests {
    @Test func theCoverSaysHowManyPagesThePrintHas() async throws {
        let bank = try Built.copyOfBank()
        let exam = bank.appendingPathComponent("exams/\(Built.seedExam).yml")
        var text = try String(contentsOf: exam, encoding: .utf8)
        text = text.replacingOccurrences(of: "  - id: cnn-2019\n", with: "  - id: cnn-2019\n    space: auto\n")
        text += "cover: {pages: true, room: Waaier 4, seat: true, signature: true, integrity: true}\n"
        try text.write(to: exam, atomically: true, encoding: .utf8)
        let built = try await Built.make(bank: bank)
        try await Tools.printer(for: built).print(Built.seedExam)
        let poppler = try Tools.poppler()
        let student = try await poppler.pageTexts(built.examFolder().appendingPathComponent("pdf/student.pdf")).map(PDFText.normalize)
        let seed = try await PrintedSeed.shared.value
        #expect(student.count > seed.student.count, "space: auto adds pages: \(student.count) vs \(seed.student.count)")
        #expect(student[0].contains("This exam has \(student.count) pages, this cover included."), "\(student[0].prefix(300))")
        #expect(student[0].contains("Room") && student[0].contains("Seat") && student[0].contains("Signature"))
        #expect(student[0].contains("I declare that I have made this exam myself"))
        #expect(PDFText.pages(containing: "This exam has", in: student) == [1], "only the cover counts the pages")
        let key = try await poppler.pageTexts(built.examFolder().appendingPathComponent("pdf/key.pdf")).map(PDFText.normalize)
        #expect(PDFText.pages(containing: "This exam has", in: key).isEmpty, "a key does not count its pages on its cover")
        #expect(!key[0].contains("Signature") && !key[0].contains("Room"))
    }
}
