import Bank
import Render
import SiteInspection
import Testing

/// `private/index.html`: a section per exam, a line per form, a link per document, from the manifest.
@Suite struct PrivateIndexTests {
    static let manifest = DocumentManifest(course: "Deep <Learning>", code: "DL-1", exams: [
        .init(id: "final", title: "Final <script>alert(1)</script>", date: "2026-06-01"),
        .init(id: "empty", title: "Quiz", date: "2026-03-01"),
    ], documents: [
        .init(path: "exams/final/answers.json", exam: "final", variant: nil, kind: .answers, paper: .a4),
        .init(path: "exams/final/student.html", exam: "final", variant: nil, kind: .student, paper: .a4),
        .init(path: "exams/final/key.html", exam: "final", variant: nil, kind: .key, paper: .a4),
        .init(path: "exams/final/variants/A/student.html", exam: "final", variant: "A", kind: .student, paper: .a4),
        .init(path: "exams/final/variants/A/key.html", exam: "final", variant: "A", kind: .key, paper: .a4),
        .init(path: "exams/final/pdf/variants-A-student.pdf", exam: "final", variant: "A", kind: .pdf, paper: .a4),
    ])

    @Test func listsEveryDocumentOfEveryForm() throws {
        let page = HTMLParser.parse(PrivateIndex.html(Self.manifest))
        let final = try #require(page.element(id: "final"))
        #expect(final.all("a").map { $0["href"] ?? "" } == [
            "exams/final/answers.json",
            "exams/final/student.html", "exams/final/key.html",
            "exams/final/variants/A/student.html", "exams/final/variants/A/key.html", "exams/final/pdf/variants-A-student.pdf",
        ])
        #expect(final.all("li").map(\.text) == [
            "As written: student copy answer key",
            "Variant A: student copy answer key variants-A-student.pdf",
        ])
        #expect(page.element(id: "empty")?.all("a").isEmpty == true)
    }

    @Test func bankTextIsEscaped() throws {
        let page = HTMLParser.parse(PrivateIndex.html(Self.manifest))
        #expect(page.all("script").isEmpty)
        #expect(page.all("h1").first?.text == "Deep <Learning>: private output")
        #expect(page.element(id: "final")?.all("h2").first?.text == "Final <script>alert(1)</script> · 2026-06-01")
    }
}
