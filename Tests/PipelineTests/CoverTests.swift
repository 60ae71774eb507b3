import Foundation
import Bank
import Pipeline
import SiteInspection
import Testing
import TestSupport

/// `cover:` of an exam file puts what an exam office asks for on the student copy's cover — the
/// institution, room and seat, the page count, a signed integrity statement — and nothing of it
/// but the institution on the key's cover.
@Suite struct CoverTests {
    static func course(institution: Bool) -> String {
        """
        title: Deep Learning
        code: "1"
        \(institution ? "institution: University of Twente\n" : "")topics:
          - {slug: t, title: Topic}

        """
    }

    static func exam(cover: String) -> String {
        """
        title: Final exam
        course: "1"
        date: 2030-01-15
        \(cover)exercises:
          - id: one

        """
    }

    static let everything = """
        cover:
          institution: true
          room: Waaier 4
          seat: true
          pages: true
          signature: true
          integrity: true

        """

    static func build(cover: String, institution: Bool = true) async throws -> TestBuild {
        let bank = try InlineBank.write([
            "course.yml": course(institution: institution),
            "exercises/one.md": InlineBank.exercise(id: "one", visibility: "private"),
            "exams/final.yml": exam(cover: cover),
        ])
        let build = try TestBuild(bank: bank)
        try await build.run()
        return build
    }

    /// The rule that draws the cover page's top-left margin box.
    static func firstPageTopLeft(_ document: HTMLElement) -> String? {
        let style = document.all("style").map(\.text).joined()
        guard let start = style.range(of: "@page :first { @top-left { content: ") else { return nil }
        return String(style[start.upperBound...].prefix { $0 != ";" })
    }

    @Test func theStudentCoverHasEveryOptionTheExamFileAsksFor() async throws {
        let build = try await Self.build(cover: Self.everything)
        let student = try build.privateHTML("exams/final/student.html")
        let cover = try #require(student.all("section", class: "cover").first)
        #expect(cover.all("p", class: "institution").map(\.text) == ["University of Twente"], "`institution: true` is course.yml's")
        #expect(cover.all("label").map(\.text) == ["Name", "Student number", "Room", "Seat"])
        let room = try #require(cover.element(id: "exam-room"))
        #expect(room["value"] == "Waaier 4")
        #expect(room["readonly"] != nil)
        let seat = try #require(cover.element(id: "exam-seat"))
        #expect(seat["value"] == nil, "`seat: true` is a field to fill in")
        let declaration = try #require(cover.all("div", class: "declaration").first)
        #expect(declaration.all("p", class: "integrity").first?.text.hasPrefix("I declare that I have made this exam myself") == true)
        #expect(declaration.all("p", class: "signature").first?.text == "Signature")
        #expect(declaration.all("span", class: "signature-line").count == 1)
        #expect(Self.firstPageTopLeft(student) == #""This exam has " counter(pages) " pages, this cover included.""#,
                "the count is the printer's: HTML cannot know it")
    }

    @Test func theKeyCoverKeepsOnlyTheInstitution() async throws {
        let build = try await Self.build(cover: Self.everything)
        for path in ["exams/final/key.html", "exams/final/key-compact.html"] {
            let key = try build.privateHTML(path)
            #expect(key.all("input").isEmpty, "\(path) has fields")
            #expect(key.all("div", class: "declaration").isEmpty, "\(path) has a statement to sign")
            #expect(Self.firstPageTopLeft(key) == "none", "\(path) counts its pages on the cover")
        }
        let key = try build.privateHTML("exams/final/key.html")
        #expect(key.all("p", class: "institution").map(\.text) == ["University of Twente"])
    }

    @Test func withoutCoverKeysTheCoverHasNone() async throws {
        let build = try await Self.build(cover: "", institution: true)
        let student = try build.privateHTML("exams/final/student.html")
        #expect(student.all("p", class: "institution").isEmpty, "course.yml's institution is printed only when asked for")
        #expect(student.all("label").map(\.text) == ["Name", "Student number"])
        #expect(student.all("div", class: "declaration").isEmpty)
        #expect(Self.firstPageTopLeft(student) == "none")
    }

    @Test func anExamsOwnStatementIsMarkdownAndSignatureStandsAlone() async throws {
        let build = try await Self.build(cover: "cover:\n  integrity: I worked **alone**.\n  institution: Saxion\n", institution: false)
        let student = try build.privateHTML("exams/final/student.html")
        #expect(student.all("p", class: "institution").map(\.text) == ["Saxion"])
        let statement = try #require(student.all("p", class: "integrity").first)
        #expect(statement.text == "I worked alone .")
        #expect(statement.all("strong").map(\.text) == ["alone"])
        #expect(student.all("p", class: "signature").isEmpty)
    }

    /// The first diagnostic of a build that must fail.
    static func failure(building cover: String, institution: Bool = true) async throws -> Diagnostic? {
        do {
            _ = try await build(cover: cover, institution: institution)
        } catch let error as DiagnosticError {
            return error.diagnostics.first
        }
        Issue.record("the cover `\(cover)` built")
        return nil
    }

    @Test func institutionTrueNeedsCourseYmlsInstitution() async throws {
        let cover = "cover:\n  institution: true\n"
        let diagnostic = try #require(try await Self.failure(building: cover, institution: false))
        #expect(diagnostic.message == "`institution: true` prints course.yml's `institution`, which course.yml does not have")
        let at = Marker.location(of: "institution:", in: Self.exam(cover: cover))
        #expect(diagnostic.location?.file.hasSuffix("exams/final.yml") == true)
        #expect(diagnostic.location?.line == at.line)
        #expect(diagnostic.location?.column == at.column)
    }

    @Test func aMisspeltCoverKeyIsAnErrorWithTheKeyMeant() async throws {
        let cover = "cover:\n  pages: true\n  signatur: true\n"
        let diagnostic = try #require(try await Self.failure(building: cover))
        #expect(diagnostic.message == "unknown key `signatur` in `cover`; did you mean `signature`?")
        let at = Marker.location(of: "signatur:", in: Self.exam(cover: cover))
        #expect(diagnostic.location?.line == at.line)
        #expect(diagnostic.location?.column == at.column)
    }

    @Test func aCoverValueOfTheWrongKindSaysWhatItTakes() async throws {
        let cover = "cover:\n  room: [1, 2]\n"
        let diagnostic = try #require(try await Self.failure(building: cover))
        #expect(diagnostic.message.contains("`room` is `true`, `false` or a text to print"), "\(diagnostic.message)")
        #expect(diagnostic.location?.line == Marker.line(of: "room:", in: Self.exam(cover: cover)))
    }
}
