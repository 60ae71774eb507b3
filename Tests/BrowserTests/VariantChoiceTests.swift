import Bank
import Foundation
@testable import Printing
import Testing

/// `sitegen pdf --variant`: a code the exam does not have is an error naming the ones it has.
@Suite struct VariantChoiceTests {
    static func printer() throws -> ExamPrinter {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-variants-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let documents: [(String, String?)] = [("exams/e/student.html", nil), ("exams/e/key.html", nil), ("exams/e/variants/A/student.html", "A"),
                                              ("exams/e/variants/B/student.html", "B"), ("exams/e/variants/AB/key.html", "AB"),
                                              ("exams/plain/student.html", nil)]
        let manifest = DocumentManifest(course: "C", code: "1", exams: [.init(id: "e", title: "E", date: "2019-01-22"),
                                                                       .init(id: "plain", title: "P", date: "2019-01-23")],
                                        documents: documents.map { path, variant in
            .init(path: path, exam: path.split(separator: "/")[1].description, variant: variant,
                  kind: path.hasSuffix("key.html") ? .key : .student, paper: .a4)
        })
        try manifest.write(to: root)
        let tool = URL(fileURLWithPath: "/bin/false")
        return ExamPrinter(privateOutput: root, chromium: Chromium(executable: tool),
                           poppler: Poppler(pdfunite: tool, pdfinfo: tool, pdftotext: tool))
    }

    @Test func unknownCodesAreErrorsNamingTheKnownOnes() throws {
        let printer = try Self.printer()
        #expect(try printer.documents(of: "e", variants: ["b"]).map(\.path) == ["student.html", "key.html", "variants/B/student.html"])
        func message(_ body: () throws -> Any) -> String? {
            do { _ = try body(); return nil } catch let error as PrintingError {
                return error.diagnostic.message + (error.diagnostic.hint.map { " (\($0))" } ?? "")
            } catch { return "\(error)" }
        }
        #expect(message { try printer.documents(of: "e", variants: ["A", "ZZ"]) }
                == "exam `e` has no variant `ZZ` (its variants are A, B, AB)")
        #expect(message { try printer.documents(of: "plain", variants: ["A"]) }
                == "exam `plain` has no variant `A` (it has no variants: build with --variants N, or set `variants:` in the exam file)")
    }
}
