import Foundation
import Bank
import Figures
import Pipeline
import Render
import SiteInspection
import Testing
import TestSupport

/// A course's `language:` chooses every printed word, `labels:` overrides some, and unknown label
/// keys are errors that point at their line.
@Suite struct LanguageTests {
    static func course(labels: String) -> String {
        """
        title: Diep leren
        code: "201800177"
        language: nl
        \(labels)topics:
          - {slug: t, title: Onderwerp}

        """
    }

    static func dutchBank(labels: String = "labels:\n  exam: Schriftelijk tentamen\n") throws -> URL {
        try InlineBank.write([
            "course.yml": course(labels: labels),
            "exercises/een.md": """
                ---
                id: een
                title: Terugpropagatie
                topic: t
                visibility: public
                solutions: public
                ---

                ## (a) [2 punten]

                Bereken de gradiënt.

                ### Answer

                Met de kettingregel.

                ### Rubric

                - [1 punt] kettingregel
                - [1 punt] juiste waarde

                ## (b) [1 punt]

                Waarom?

                ### Answer

                Daarom.

                ### Rubric

                - [1 punt] reden

                """,
            "exams/tentamen.yml": """
                title: Tentamen diep leren
                course: "201800177"
                date: 2019-01-22
                time: "8:45-11:45"
                duration: 180
                cover: {room: true, seat: true, pages: true, signature: true, integrity: true}
                exercises:
                  - id: een

                """,
        ])
    }

    /// English words that must not appear anywhere in a Dutch exam document (“Score” is Dutch too).
    static let english = ["Exercise", "points", "point]", "Name", "Student number", "Grading scheme", "Rubric",
                          "Model answer", "Tuesday", "Jan ", "Date:", "Time:", "Total", "Sum", "minutes",
                          "ANSWER KEY", "Answer key", "page \"", "Room", "Seat", "Signature", "This exam has", "I declare"]

    @Test func aDutchCourseBuildsWithDutchLabelsEverywhere() async throws {
        let build = try TestBuild(bank: try Self.dutchBank())
        try await build.run()
        let student = try build.privateHTML("exams/tentamen/student.html")
        let key = try build.privateHTML("exams/tentamen/key.html")
        #expect(student["lang"] == "nl")
        let cover = try #require(student.all("section", class: "cover").first)
        #expect(cover.all("p", class: "cover-kicker").first?.text == "Schriftelijk tentamen", "labels: overrides the language")
        #expect(cover.text.contains("Datum: dinsdag 22 januari 2019"))
        #expect(cover.text.contains("Tijd: 8:45–11:45"))
        #expect(cover.text.contains("(180 minuten)"))
        #expect(cover.all("label").map(\.text) == ["Naam", "Studentnummer", "Zaal", "Plaats"])
        #expect(cover.all("p", class: "signature").first?.text == "Handtekening")
        #expect(cover.all("p", class: "integrity").first?.text.hasPrefix("Ik verklaar dat ik dit tentamen zelf heb gemaakt") == true)
        #expect(student.all("h2").map(\.text) == ["Puntenverdeling", "Opgave 1. (Terugpropagatie) [3 punten]"])
        #expect(student.all("h3", class: "part-heading").map(\.text) == ["(a) [2 punten]", "(b) [1 punt]"])
        #expect(student.all("caption").first?.text == "Score · totaal 3 punten")
        #expect(student.all("th").map(\.text).contains("Som"))
        #expect(student.all("th").map(\.text).contains("Totaal"))
        let studentStyle = student.all("style").map(\.text).joined()
        #expect(studentStyle.contains("@bottom-center { content: \"pagina \" counter(page) \" van \" counter(pages); }"))
        #expect(studentStyle.contains("@page :first { @top-left { content: \"Dit tentamen telt \" counter(pages) \" pagina’s, dit voorblad meegerekend.\"; }"))

        #expect(key.all("p", class: "cover-kicker").first?.text == "Antwoordmodel — vertrouwelijk")
        #expect(key.all("h4").map(\.text) == ["Modelantwoord", "Beoordeling", "Modelantwoord", "Beoordeling"])
        #expect(key.all("span", class: "rubric-points").map(\.text) == ["[1 punt]", "[1 punt]", "[1 punt]"])
        #expect(key.all("caption").first?.text == "Punten per onderdeel en opgave · totaal 3 punten")
        #expect(key.all("style").map(\.text).joined().contains("@top-right { content: \"ANTWOORDMODEL\"; }"))

        for (name, document) in [("student", student), ("key", key)] {
            let everything = document.text + document.all("style").map(\.text).joined()
            for word in Self.english {
                #expect(!everything.contains(word), "\(name) copy has English `\(word)`")
            }
        }
    }

    @Test func anUnknownLabelKeyIsAnErrorAtItsLine() async throws {
        let labels = "labels:\n  exercize: Vraag\n"
        let build = try TestBuild(bank: try Self.dutchBank(labels: labels))
        do {
            try await build.run()
            Issue.record("a misspelt label key built")
        } catch let error as DiagnosticError {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.message == "unknown label `exercize`")
            #expect(diagnostic.hint == "did you mean `exercise`?")
            #expect(diagnostic.location?.line == Marker.line(of: "exercize:", in: Self.course(labels: labels)))
            #expect(diagnostic.location?.file.hasSuffix("course.yml") == true)
        }
    }

    /// A template that reads a label the language files do not have would print nothing there: the
    /// theme does not load, and the error points at the tag.
    @Test func aTemplateReadingAnUnknownLabelIsAnErrorAtItsTag() async throws {
        let templates = try TestBuild.copy(TestBuild.repository.appendingPathComponent("Templates"))
        let home = templates.appendingPathComponent("home.mustache")
        let text = try String(contentsOf: home, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "<h2 id=\"topics\">{{labels.topics}}</h2>", with: "<h2 id=\"topics\">{{ labels.topicz }}</h2>")
        #expect(edited != text)
        try edited.write(to: home, atomically: true, encoding: .utf8)
        do {
            try await TestBuild(templates: templates).run()
            Issue.record("a template with an unknown label built")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.count == 1)
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.message == "the template reads `labels.topicz`, which languages/en.yml does not have")
            #expect(diagnostic.hint == "did you mean `labels.topics`?")
            #expect(diagnostic.location?.file.hasSuffix("home.mustache") == true)
            let tag = Marker.location(of: "labels.topicz", in: edited)
            #expect(diagnostic.location?.line == tag.line && diagnostic.location?.column == tag.column)
        }
    }

    /// A text left in English in another language's file would pass every page check (those look
    /// for the English texts the language words differently): each key is translated, but for the
    /// words the language shares with English, listed here.
    @Test func everyLanguageTranslatesEveryKeyButTheWordsItSharesWithEnglish() throws {
        let theme = try Theme(folder: TestBuild.repository.appendingPathComponent("Templates"))
        let english = try #require(theme.languages["en"])
        let shared: [String: Set<String>] = [
            "nl": ["variant", "variantInline", "variantCode", "pointShort", "score",
                   "figureFilter", "figureFilters", "figureParameter", "figureParameterCount", "figureParameters"],
            "de": ["name"],
            "fr": ["point", "points", "pointShort", "date", "minutes", "signature", "total", "totalInline", "solution",
                   "siteNavigation", "source", "figureTotal"],
        ]
        for (language, words) in shared {
            let labels = try #require(theme.languages[language])
            let same = Set(english.words.keys.filter { labels.words[$0] == english.words[$0] })
            #expect(same == words, "\(language): left as in English \(same.subtracting(words).sorted()), now translated \(words.subtracting(same).sorted())")
        }
    }

    /// Figures drawn outside a course (an LMS export, a test) speak the English of en.yml, and
    /// every figure word is a key of the language files.
    @Test func theFiguresOwnEnglishIsEnYmls() throws {
        let theme = try Theme(folder: TestBuild.repository.appendingPathComponent("Templates"))
        let english = try #require(theme.languages["en"])
        #expect(FigureWords(english.words) == FigureWords.english)
        #expect(Set(FigureWords.keys).isSubset(of: Set(english.words.keys)), "\(Set(FigureWords.keys).subtracting(english.words.keys).sorted())")
        #expect(FigureWords.keys.count == 47)
    }

    @Test func everyShippedLanguageHasEveryKeyAndFormatsTheDate() throws {
        let theme = try Theme(folder: TestBuild.repository.appendingPathComponent("Templates"))
        #expect(theme.languages.keys.sorted() == ["de", "en", "fr", "nl"])
        let date = try #require(ExamDate(iso: "2019-01-22"))
        #expect(theme.languages.mapValues { $0.date(date) } == [
            "en": "Tuesday, Jan 22, 2019", "nl": "dinsdag 22 januari 2019",
            "de": "Dienstag, 22. Januar 2019", "fr": "mardi 22 janvier 2019",
        ])
    }
}
