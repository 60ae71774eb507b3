import Bank
import Foundation
import Pipeline
import Render
import SiteInspection
import Testing

/// `site/search-index.js` (and `search.html`): what the public site shows, nothing more.
@Suite struct SearchIndexTests {
    struct Index: Decodable {
        struct Entry: Decodable { var kind: String; var id: String; var title: String; var href: String; var topic: String?; var tags: [String]; var text: String }
        var course: String
        var entries: [Entry]
    }

    /// The repository's bank plus a private exercise, a public one with private solutions, and an
    /// unreleased exam.
    static func bank() throws -> URL {
        let bank = try TestBuild.copy(TestBuild.repository.appendingPathComponent("QuestionBank"))
        func exercise(_ id: String, visibility: String, solutions: String, words: (String, String, String)) -> String {
            """
            ---
            id: \(id)
            title: Title of \(id)
            topic: cnn
            tags: [\(id)-tag]
            visibility: \(visibility)
            solutions: \(solutions)
            ---

            ## (a) [2 points]

            \(words.0) question text.

            ### Answer

            \(words.1) answer text.

            ### Rubric

            - [2 points] \(words.2) criterion text.
            """
        }
        try exercise("secret-question", visibility: "private", solutions: "private", words: ("Zanzibar", "Quetzalcoatl", "Marmalade"))
            .write(to: bank.appendingPathComponent("exercises/secret-question.md"), atomically: true, encoding: .utf8)
        try exercise("homework-question", visibility: "public", solutions: "private", words: ("Okapi", "Halibut", "Tamarind"))
            .write(to: bank.appendingPathComponent("exercises/homework-question.md"), atomically: true, encoding: .utf8)
        try """
        title: Resit
        course: "201800177"
        date: 2026-04-10
        exercises:
          - id: secret-question
        """.write(to: bank.appendingPathComponent("exams/resit-2026.yml"), atomically: true, encoding: .utf8)
        return bank
    }

    @Test func holdsPublicExercisesAndReleasedExamsOnly() async throws {
        let build = try TestBuild(bank: try Self.bank())
        try await build.run()
        let script = try Data(contentsOf: build.options.site.appendingPathComponent("search-index.js"))
        let data = Data(try #require(SearchIndex.json(inScript: Array(script))))
        let index = try JSONDecoder().decode(Index.self, from: data)
        let loaded = try BankLoader(root: build.options.bank).load()
        let publicIDs = loaded.exercises.filter(\.isPublic).map(\.id)
        #expect(index.entries.filter { $0.kind == "exercise" }.map(\.id) == publicIDs)
        #expect(index.entries.filter { $0.kind == "exam" }.map(\.id) == loaded.exams.filter(\.released).reversed().map(\.id))
        let homework = try #require(index.entries.first { $0.id == "homework-question" })
        #expect(homework.text.contains("Okapi question text"))
        #expect(homework.tags == ["homework-question-tag"])
        #expect(homework.href == "exercises/homework-question.html")
        let everything = String(decoding: script, as: UTF8.self)
        for secret in ["Zanzibar", "Quetzalcoatl", "Marmalade", "secret-question", "Resit", "resit-2026", "Halibut", "Tamarind"] {
            #expect(!everything.contains(secret), "\(secret) is in the search index")
        }
        // No rubric of any exercise, in any form.
        let texts = index.entries.map(\.text).joined(separator: "\n")
        for rubric in loaded.exercises.flatMap({ $0.parts.flatMap { $0.rubric.map(\.criterion.text) } }) {
            let words = rubric.split(whereSeparator: { $0.isWhitespace || "*_`$".contains($0) }).prefix(8).joined(separator: " ")
            guard words.count > 30 else { continue }
            #expect(!texts.contains(words), "rubric text in the search index: \(words)")
        }
        // Every href is a page of the site.
        for entry in index.entries {
            #expect(FileManager.default.fileExists(atPath: build.options.site.appendingPathComponent(entry.href).path), "\(entry.href)")
        }
    }

    @Test func scriptFileDefinesTheIndexForFileURLs() async throws {
        let build = try TestBuild()
        try await build.run()
        // One file, written once: the JSON on one line between a fixed head and tail, for other tools to cut out.
        #expect(!FileManager.default.fileExists(atPath: build.options.site.appendingPathComponent("search-index.json").path))
        let script = try String(contentsOf: build.options.site.appendingPathComponent("search-index.js"), encoding: .utf8)
        #expect(script.hasPrefix("window.SITEGEN_SEARCH_INDEX = {\"course\":"))
        #expect(script.hasSuffix("]};\n"))
        #expect(script.dropLast().allSatisfy { $0 != "\n" })
        let page = try build.html("search.html")
        #expect(page.all("script").compactMap { $0["src"] } == ["search-index.js", "assets/search.js"])
        #expect(page.all("noscript").first?.text.contains("Search needs JavaScript") == true)
        // Without the script, the page still leads to every topic.
        let topics = page.all("a").compactMap { $0["href"] }.filter { $0.hasPrefix("topics/") }
        #expect(topics.count == (try BankLoader(root: build.options.bank).load().course.topics.count))
        #expect(try build.html("index.html").all("a").contains { $0["href"] == "search.html" })
        #expect(FileManager.default.fileExists(atPath: build.options.site.appendingPathComponent("assets/search.js").path))
    }

    @Test func isTheSameOnEveryBuild() async throws {
        // One copy of the bank for both builds, so that an edit to the repository's bank in between
        // cannot make them differ.
        let bank = try TestBuild.copy(TestBuild.repository.appendingPathComponent("QuestionBank"))
        let first = try TestBuild(bank: bank), second = try TestBuild(bank: bank)
        try await first.run()
        try await second.run()
        for name in ["search-index.js", "search.html"] {
            #expect(try Data(contentsOf: first.options.site.appendingPathComponent(name))
                    == Data(contentsOf: second.options.site.appendingPathComponent(name)), "\(name)")
        }
    }
}
