import Foundation
import Bank
import Pipeline
import Render
import SiteInspection
import Testing
import TestSupport

/// A Dutch course builds with Dutch words everywhere: on every page of the public site (navigation,
/// headings, counts, search, practice variants, withheld exercises) and on every exam document.
/// The English words looked for are the theme's own `languages/en.yml`, so a word added there and
/// left in a template shows up here.
@Suite struct SiteLanguageTests {
    static let course = """
        title: Diep leren
        code: "201800177"
        language: nl
        institution: Universiteit Twente
        topics:
          - {slug: t, title: Netwerken}
          - {slug: leeg, title: Leeg onderwerp}

        """

    static func bank() throws -> URL {
        try InlineBank.write([
            "course.yml": course,
            "exercises/een.md": """
                ---
                id: een
                title: Terugpropagatie
                topic: t
                tags: [gradiënt]
                source: Tentamen 2019
                visibility: public
                solutions: public
                ---

                ## (a) [2 punten]

                Leid $dL/dw$ af voor een neuron met één ingang.

                ### Answer

                Vermenigvuldig de afgeleiden langs het pad.

                ### Rubric

                - [2 punten] alle factoren van het pad

                ## (b) [1 punt]

                Welke functie is niet lineair?

                ### Choose one

                - [x] ReLU
                - [ ] identiteit

                ## (c) [1 punt]

                De ReLU is lineair.

                ### True or false

                false

                """,
            "exercises/stap.md": """
                ---
                id: stap
                title: Een stap gradiëntdaling
                topic: t
                visibility: public
                solutions: public
                parameters:
                  a: {integer: [1, 9], default: 3}
                derived:
                  g: 6 * a
                ---

                ## (a) [1 punt]

                Hoe groot is $f'(a)$ als $f(x) = 3x^2$ en $a = [[a]]$?

                ### Answer

                $f'(a) = 6a = [[g]]$.

                ### Rubric

                - [1 punt] $[[g]]$

                """,
            "exercises/geheim.md": InlineBank.exercise(id: "geheim", title: "Geheim", visibility: "private", solutions: "private",
                                                       question: "Waarom?", answer: "Daarom.", rubric: "reden"),
            "exams/tentamen.yml": """
                title: Herkansing diep leren
                course: "201800177"
                date: 2019-04-16
                released: true
                time: "13:45-15:45"
                cover: {institution: true, room: true, seat: true, pages: true, signature: true, integrity: true}
                exercises:
                  - id: een
                    space: auto
                  - id: geheim

                """,
        ])
    }

    /// The texts of `en.yml` a Dutch page must not show: every one that `nl.yml` words differently,
    /// cut at its `{placeholders}`, each piece of at least three letters.
    static func englishWords() throws -> [String] {
        let theme = try Theme(folder: TestBuild.repository.appendingPathComponent("Templates"))
        let english = try #require(theme.languages["en"]), dutch = try #require(theme.languages["nl"])
        var words: Set<String> = []
        for (key, text) in english.words where dutch.words[key] != text && key != "dateFormat" {
            let pieces = text.split(separator: "{").map { piece in
                piece.firstIndex(of: "}").map { String(piece[piece.index(after: $0)...]) } ?? String(piece)
            }
            for piece in pieces {
                let word = piece.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters).union(CharacterSet(charactersIn: "“”„«» ")))
                if word.filter(\.isLetter).count >= 3 { words.insert(word) }
            }
        }
        return words.sorted()
    }

    /// Where `word` stands as a word of `text` (no letter right before or after it).
    static func containsWord(_ word: String, in text: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: word) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    /// What a reader sees or hears of a page: its text (not the CSS of `<style>`: LanguageTests
    /// reads the page footer there), its title, and the words of attributes (`aria-label`, `alt`,
    /// `title`, `placeholder`, and the `data-label-*` words scripts show).
    static func words(of element: HTMLElement) -> String {
        guard element.name != "style", element.name != "script" else { return "" }
        let attributes = element.attributes.filter { ["aria-label", "alt", "title", "placeholder"].contains($0.key) || $0.key.hasPrefix("data-label-") }
        return (attributes.map(\.value) + element.children.map { node in
            switch node {
            case .text(let text): text
            case .element(let child): words(of: child)
            }
        }).joined(separator: "\n")
    }

    static func pages(below folder: URL) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".html") }.sorted()
    }

    @Test func aDutchCourseHasNoEnglishWordOnAnySitePageOrExamDocument() async throws {
        let build = try TestBuild(bank: try Self.bank())
        try await build.run()
        let english = try Self.englishWords()
        #expect(english.contains("Past exams") && english.contains("exercises") && english.contains("Nothing found for"),
                "the English words come from en.yml: \(english)")
        let site = Self.pages(below: build.options.site)
        #expect(Set(["index.html", "search.html", "exams/index.html", "exams/tentamen.html", "topics/t.html",
                     "topics/leeg.html", "exercises/een.html", "exercises/stap.html"]).isSubset(of: site), "\(site)")
        let documents = Self.pages(below: build.options.privateOutput.appendingPathComponent("exams")).map { "exams/" + $0 }
        #expect(Set(["exams/tentamen/student.html", "exams/tentamen/key.html", "exams/tentamen/key-compact.html"]).isSubset(of: documents))
        for (folder, paths) in [(build.options.site, site), (build.options.privateOutput, documents)] {
            for path in paths {
                let text = Self.words(of: try build.html(path, in: folder))
                for word in english where Self.containsWord(word, in: text) {
                    Issue.record("\(folder.lastPathComponent)/\(path) has the English `\(word)`")
                }
            }
        }
    }

    @Test func theSitesWordsAreDutch() async throws {
        let build = try TestBuild(bank: try Self.bank())
        try await build.run()
        let home = try build.html("index.html")
        #expect(home.all("nav").first?["aria-label"] == "Website")
        #expect(home.all("nav").first?.all("a").map(\.text) == ["Onderwerpen", "Eerdere tentamens", "Zoeken"])
        #expect(home.all("h2").map(\.text) == ["Onderwerpen", "Eerdere tentamens"])
        #expect(home.all("span", class: "count").map(\.text) == ["2 opgaven", "0 opgaven"])
        let topic = try build.html("topics/t.html")
        #expect(topic.all("span", class: "meta").map(\.text).first == "4 punten · 3 onderdelen · gradiënt")
        #expect(try build.html("topics/leeg.html").all("p").map(\.text).contains("Bij dit onderwerp zijn nog geen openbare opgaven."))
        let exercise = try build.html("exercises/een.html")
        #expect(exercise.all("span", class: "source").map(\.text) == ["Bron: Tentamen 2019"])
        #expect(exercise.all("p", class: "meta").map(\.text).contains { $0.hasPrefix("Verschenen in") })
        let practice = try build.html("exercises/stap.html")
        #expect(practice.element(id: "practice-h")?.text == "Oefenvarianten")
        #expect(practice.element(id: "practice1-h")?.text == "Variant 1")
        let exam = try build.html("exams/tentamen.html")
        #expect(exam.all("p", class: "withheld").map(\.text) == ["Deze opgave is niet gepubliceerd."])
        let compact = try build.privateHTML("exams/tentamen/key-compact.html")
        #expect(compact.all("span", class: "result").map(\.text) == ["A ReLU", "B Niet waar"], "true and false in the course's words")
        let search = try build.html("search.html")
        #expect(search.all("title").first?.text == "Zoeken · 201800177")
        let status = try #require(search.element(id: "search-status"))
        #expect(status["data-label-results"] == "{n} resultaten voor “{query}”.")
        #expect(status["data-label-exam"] == "tentamen")
    }
}
