import Bank
import Foundation
@testable import Render
import SiteInspection
import Testing

/// `private/index.html`: a section per exam, a line per form, a link per document, from the manifest,
/// in the words of the course's language that the manifest carries.
@Suite struct PrivateIndexTests {
    static let theme = try! Theme(folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates"))

    static func manifest(_ language: String = "en") -> DocumentManifest {
        let labels = theme.languages[language]!
        return DocumentManifest(course: "Deep <Learning>", code: "DL-1", language: language,
                                labels: labels.words.filter { PrivateIndex.words.contains($0.key) }, exams: [
            .init(id: "final", title: "Final <script>alert(1)</script>", date: "2026-06-01", printedDate: labels.date(ExamDate(iso: "2026-06-01")!)),
            .init(id: "empty", title: "Quiz", date: "2026-03-01"),
            .init(id: "one", title: "Resit", date: "2026-08-20"),
        ], documents: [
            .init(path: "exams/final/answers.json", exam: "final", variant: nil, kind: .answers, paper: .a4),
            .init(path: "exams/final/student.html", exam: "final", variant: nil, kind: .student, paper: .a4),
            .init(path: "exams/final/key.html", exam: "final", variant: nil, kind: .key, paper: .a4),
            .init(path: "exams/final/key-compact.html", exam: "final", variant: nil, kind: .compactKey, paper: .a4),
            .init(path: "exams/final/variants/A/student.html", exam: "final", variant: "A", kind: .student, paper: .a4),
            .init(path: "exams/final/variants/A/key.html", exam: "final", variant: "A", kind: .key, paper: .a4),
            .init(path: "exams/final/pdf/variants-A-student.pdf", exam: "final", variant: "A", kind: .pdf, paper: .a4, printed: .student),
            .init(path: "exams/final/pdf/print-shop.pdf", exam: "final", variant: nil, kind: .pdf, paper: .a4),
            .init(path: "exams/final/answer-matrix.html", exam: "final", variant: nil, kind: .answerMatrix, paper: .a4),
            .init(path: "exams/final/answer-matrix.csv", exam: "final", variant: nil, kind: .answerMatrix, paper: .a4),
            .init(path: "exams/final/grading-sheet.csv", exam: "final", variant: nil, kind: .gradingSheet, paper: .a4),
            .init(path: "exams/final/students/s1/student.html", exam: "final", variant: "A", kind: .student, paper: .a4, student: "s1"),
            .init(path: "exams/final/students/s2/student.html", exam: "final", variant: nil, kind: .student, paper: .a4, student: "s2"),
            .init(path: "exams/one/students/s3/student.html", exam: "one", variant: nil, kind: .student, paper: .a4, student: "s3"),
            PrivateIndex.exportDocument("exports/final/moodle.xml"),
        ])
    }

    @Test func listsEveryDocumentOfEveryForm() throws {
        let page = HTMLParser.parse(PrivateIndex.html(Self.manifest()))
        let final = try #require(page.element(id: "final"))
        #expect(final.all("a").map { $0["href"] ?? "" } == [
            "exams/final/answers.json",
            "exams/final/student.html", "exams/final/key.html", "exams/final/key-compact.html", "exams/final/pdf/print-shop.pdf",
            "exams/final/variants/A/student.html", "exams/final/variants/A/key.html", "exams/final/pdf/variants-A-student.pdf",
            "exams/final/answer-matrix.html", "exams/final/answer-matrix.csv", "exams/final/grading-sheet.csv",
            "exams/final/students/s1/student.html", "exams/final/students/s2/student.html",
        ])
        #expect(final.all("li").map(\.text) == [
            "As written: student copy · answer key · compact key · print-shop file (PDF)",
            "Variant A: student copy · answer key · student copy (PDF)",
            "s1 (A): student copy", "s2 (As written): student copy",
        ])
        #expect(final.all("p").map(\.text).contains("Grading: answer matrix · answer matrix (CSV) · grading sheet (CSV)"))
        #expect(page.element(id: "empty")?.all("a").isEmpty == true)
        #expect(page.element(id: "exports")?.all("h2").first?.text == "LMS exports")
    }

    @Test func bankTextIsEscaped() throws {
        let page = HTMLParser.parse(PrivateIndex.html(Self.manifest()))
        #expect(page.all("script").isEmpty)
        #expect(page.all("h1").first?.text == "Deep <Learning>: private output")
        #expect(page.element(id: "final")?.all("h2").first?.text == "Final <script>alert(1)</script> · Monday, Jun 1, 2026")
    }

    @Test func aDutchIndexIsDutch() throws {
        let page = HTMLParser.parse(PrivateIndex.html(Self.manifest("nl")))
        #expect(page["lang"] == "nl")
        #expect(page.all("title").first?.text == "Privé-uitvoer · DL-1")
        #expect(page.all("h1").first?.text == "Deep <Learning>: privé-uitvoer")
        let final = try #require(page.element(id: "final"))
        #expect(final.all("h2").first?.text == "Final <script>alert(1)</script> · maandag 1 juni 2026")
        #expect(final.all("li").map(\.text).prefix(2) == [
            "Originele versie: studentversie · antwoordmodel · correctiesleutel · bestand voor de drukkerij (PDF)",
            "Variant A: studentversie · antwoordmodel · studentversie (PDF)",
        ])
        #expect(final.all("p").map(\.text).contains("answers.json : de antwoorden van elke versie, om machinaal na te kijken."), "(text joins its nodes with a space)")
        #expect(final.all("p").map(\.text).contains("Nakijken: antwoordmatrix · antwoordmatrix (CSV) · puntenlijst (CSV)"))
        #expect(page.element(id: "exports")?.all("p").first?.text == "Geschreven door sitegen export ; ze bevatten de antwoorden.")
        #expect(page.element(id: "exports")?.all("code").first?.text == "sitegen export")
    }

    @Test func theCountOfStudentsCopiesIsSingularForOne() throws {
        for (language, one, two) in [("en", "1 student’s own copy", "2 students’ own copies, in the order they are handed out"),
                                     ("nl", "1 eigen exemplaar van een student", "2 eigen exemplaren van studenten, in de volgorde waarin ze worden uitgedeeld"),
                                     ("de", "1 persönliches Exemplar", "2 persönliche Exemplare, in der Reihenfolge der Ausgabe"),
                                     ("fr", "1 sujet nominatif", "2 sujets nominatifs, dans l’ordre de distribution")] {
            let page = HTMLParser.parse(PrivateIndex.html(Self.manifest(language)))
            #expect(page.element(id: "one")?.all("summary").map(\.text) == [one], "\(language)")
            #expect(page.element(id: "final")?.all("summary").map(\.text) == [two], "\(language)")
        }
    }

    /// Every word of the index is in every shipped language file, and none of a non-English index is
    /// the English one (apart from words the languages share, such as "Variant").
    @Test func everyWordOfTheIndexComesFromEachLanguage() throws {
        let english = try #require(Self.theme.languages["en"])
        for language in ["en", "nl", "de", "fr"] {
            let labels = try #require(Self.theme.languages[language])
            #expect(PrivateIndex.words.subtracting(labels.words.keys).isEmpty, "\(language) lacks \(PrivateIndex.words.subtracting(labels.words.keys))")
        }
        for kind in [DocumentManifest.Document.Kind.student, .key, .compactKey, .answerMatrix, .assignment, .gradingSheet, .gradebook, .report, .pdf] {
            #expect(PrivateIndex.words.contains(PrivateIndex.Link.word(kind)), "\(kind)")
        }
        for language in ["nl", "de", "fr"] {
            let page = HTMLParser.parse(PrivateIndex.html(Self.manifest(language)))
            let text = page.readableText
            for key in PrivateIndex.words.sorted() where english[key] != Self.theme.languages[language]![key] {
                for piece in english[key].split(separator: "{").map({ $0.split(separator: "}").last.map(String.init) ?? "" })
                    where piece.filter(\.isLetter).count >= 4 {
                    let word = piece.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                    #expect(!text.containsWord(word), "the \(language) index has the English `\(word)` (\(key))")
                }
            }
        }
    }
}
