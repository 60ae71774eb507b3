import Bank
import Foundation
@testable import Printing
import Testing
import TestSupport

/// What `sitegen pdf` prints comes from the build's documents manifest, not from file names;
/// none of this needs Chromium or poppler.
@Suite struct ManifestDocumentsTests {
    static let manifest = DocumentManifest(course: "Course", code: "C-1", exams: [
        .init(id: "final", title: "Final", date: "2026-06-01"),
    ], documents: [
        .init(path: "exams/final/answers.json", exam: "final", variant: nil, kind: .answers, paper: .letter),
        .init(path: "exams/final/student.html", exam: "final", variant: nil, kind: .student, paper: .letter),
        .init(path: "exams/final/key.html", exam: "final", variant: nil, kind: .key, paper: .letter),
        .init(path: "exams/final/variants/A/student.html", exam: "final", variant: "A", kind: .student, paper: .letter),
        .init(path: "exams/final/variants/A/key.html", exam: "final", variant: "A", kind: .key, paper: .letter),
        .init(path: "exams/final/variants/B/student.html", exam: "final", variant: "B", kind: .student, paper: .letter),
        .init(path: "exams/final/variants/B/key.html", exam: "final", variant: "B", kind: .key, paper: .letter),
    ])

    static func printer(_ folder: URL) -> ExamPrinter {
        ExamPrinter(privateOutput: folder, chromium: Chromium(executable: URL(fileURLWithPath: "/bin/false")),
                    poppler: Poppler(pdfunite: URL(fileURLWithPath: "/bin/false"), pdfinfo: URL(fileURLWithPath: "/bin/false"),
                                     pdftotext: URL(fileURLWithPath: "/bin/false")))
    }

    @Test func documentsAreTheManifestsInItsOrderWithTheirPaper() throws {
        let folder = try TemporaryFolder()
        try Self.manifest.write(to: folder.url)
        let documents = try Self.printer(folder.url).documents(of: "final")
        #expect(documents.map(\.path) == ["student.html", "key.html", "variants/A/student.html", "variants/A/key.html",
                                           "variants/B/student.html", "variants/B/key.html"])
        #expect(documents.map(\.isStudentCopy) == [true, false, true, false, true, false])
        #expect(documents.map(\.variant) == [nil, nil, "A", "A", "B", "B"])
        #expect(documents.allSatisfy { $0.paper == .letter })
        #expect(documents[2].pdf == folder.url("exams/final/pdf/variants-A-student.pdf"))
    }

    /// With a roster, the print shop gets each student's own copy, in the manifest's order (room
    /// and seat), and not the forms' blank copies.
    @Test func thePrintShopFileHoldsTheStudentsOwnCopiesInTheirOrder() throws {
        let folder = try TemporaryFolder()
        var manifest = Self.manifest
        for (number, variant) in [("s2", "B"), ("s1", "A")] {
            manifest.documents.append(.init(path: "exams/final/students/\(number)/student.html", exam: "final", variant: variant,
                                            kind: .student, paper: .letter, student: number))
        }
        try manifest.write(to: folder.url)
        let documents = try Self.printer(folder.url).documents(of: "final")
        #expect(ExamPrinter.printShop(documents).map(\.path) == ["students/s2/student.html", "students/s1/student.html"])
        #expect(documents.last?.pdf == folder.url("exams/final/pdf/students-s1-student.pdf"))
        #expect(ExamPrinter.printShop(try Self.printer(folder.url).documents(of: "final", variants: ["A"])).map(\.student) == ["s1"])
        let forms = try TemporaryFolder()
        try Self.manifest.write(to: forms.url)
        #expect(ExamPrinter.printShop(try Self.printer(forms.url).documents(of: "final")).map(\.path)
                == ["student.html", "variants/A/student.html", "variants/B/student.html"])
    }

    @Test func onlyTheVariantsNamedBesidesTheExamAsWritten() throws {
        let folder = try TemporaryFolder()
        try Self.manifest.write(to: folder.url)
        let documents = try Self.printer(folder.url).documents(of: "final", variants: ["b"])
        #expect(documents.map(\.path) == ["student.html", "key.html", "variants/B/student.html", "variants/B/key.html"])
    }

    @Test func anUnknownExamNamesTheBuiltOnes() throws {
        let folder = try TemporaryFolder()
        try Self.manifest.write(to: folder.url)
        let error = try #require(throws: PrintingError.self) { try Self.printer(folder.url).documents(of: "fnial") }
        #expect(error.diagnostic == .error(.print, "no exam `fnial` has been built", hint: "the built exams are `final`"))
    }

    @Test func withoutABuildThereIsNothingToPrint() throws {
        let folder = try TemporaryFolder()
        #expect(Self.printer(folder.url).availableExams() == [])
        let error = try #require(throws: PrintingError.self) { try Self.printer(folder.url).documents(of: "final") }
        #expect(error.diagnostic.hint == "run `sitegen build` first")
    }

    @Test func recordingPDFsReplacesThoseOfAnEarlierRun() throws {
        let folder = try TemporaryFolder()
        try Self.manifest.write(to: folder.url)
        let printer = Self.printer(folder.url)
        let documents = try printer.documents(of: "final", variants: [])
        for _ in 0..<2 {
            try printer.record(documents.map { ($0.pdf, 3) } + [(folder.url("exams/final/pdf/print-shop.pdf"), 4)],
                               of: "final", documents: documents)
        }
        let pdfs = try #require(DocumentManifest.read(from: folder.url)).documents.filter { $0.kind == .pdf }
        #expect(pdfs.map(\.path) == ["exams/final/pdf/student.pdf", "exams/final/pdf/key.pdf", "exams/final/pdf/print-shop.pdf"])
    }

    @Test func pageCountIsReadFromPdfinfo() {
        #expect(Poppler.pageCount(fromInfo: "Title:  x\nPages:          7\nEncrypted: no\n") == 7)
        #expect(Poppler.pageCount(fromInfo: "Title: Pages: 3\n") == nil)
        #expect(Poppler.pageCount(fromInfo: "Pages: -2\n") == nil)
        #expect(Poppler.pageCount(fromInfo: "") == nil)
    }
}
