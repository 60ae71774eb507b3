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
        var parts: [String]
    }

    /// The index as the search page reads it: `search-index.js` with the entries of its parts
    /// (the exercises, topic by topic) before its own (the exams).
    static func index(in site: URL) throws -> Index {
        let script = try Data(contentsOf: site.appendingPathComponent(SearchIndex.scriptPath))
        var index = try JSONDecoder().decode(Index.self, from: Data(try #require(SearchIndex.json(inScript: Array(script)))))
        var exercises: [Index.Entry] = []
        for path in index.parts {
            let part = try Data(contentsOf: site.appendingPathComponent(path))
            exercises += try JSONDecoder().decode([Index.Entry].self, from: Data(try #require(SearchIndex.json(inPart: Array(part)))))
        }
        index.entries = exercises + index.entries
        return index
    }

    /// The bytes of every file of the index, one after the other.
    static func indexFiles(in site: URL) throws -> String {
        let index = try index(in: site)
        return try ([SearchIndex.scriptPath] + index.parts).map { path in
            String(decoding: try Data(contentsOf: site.appendingPathComponent(path)), as: UTF8.self)
        }.joined()
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
        let index = try Self.index(in: build.options.site)
        let loaded = try BankLoader(root: build.options.bank).load()
        let publicIDs = loaded.exercises.filter(\.isPublic).map(\.id)
        #expect(index.entries.filter { $0.kind == "exercise" }.map(\.id) == publicIDs)
        #expect(index.entries.filter { $0.kind == "exam" }.map(\.id) == loaded.exams.filter(\.released).reversed().map(\.id))
        let homework = try #require(index.entries.first { $0.id == "homework-question" })
        #expect(homework.text.contains("Okapi question text"))
        #expect(homework.tags == ["homework-question-tag"])
        #expect(homework.href == "exercises/homework-question.html")
        let everything = try Self.indexFiles(in: build.options.site)
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
        // The JSON on one line between a fixed head and tail in each file, for other tools to cut
        // out: search-index.js names its parts, one per topic of the course, in its order.
        #expect(!FileManager.default.fileExists(atPath: build.options.site.appendingPathComponent("search-index.json").path))
        let script = try String(contentsOf: build.options.site.appendingPathComponent("search-index.js"), encoding: .utf8)
        #expect(script.hasPrefix("window.SITEGEN_SEARCH_INDEX = {\"course\":"))
        #expect(script.hasSuffix("]};\n"))
        #expect(script.dropLast().allSatisfy { $0 != "\n" })
        let topics = try BankLoader(root: build.options.bank).load().course.topics.map(\.slug)
        let index = try Self.index(in: build.options.site)
        #expect(index.parts == topics.map { "search-index/\($0).js" })
        for path in index.parts {
            let part = try String(contentsOf: build.options.site.appendingPathComponent(path), encoding: .utf8)
            #expect(part.hasPrefix("(window.SITEGEN_SEARCH_INDEX_PARTS = window.SITEGEN_SEARCH_INDEX_PARTS || []).push([{"), "\(path)")
            #expect(part.hasSuffix("}]);\n"), "\(path)")
            #expect(part.dropLast().allSatisfy { $0 != "\n" }, "\(path)")
        }
        #expect(Set(index.entries.compactMap(\.topic)).count == topics.count)
        let page = try build.html("search.html")
        // The parts first, in the course's order, so that the exercises come topic by topic.
        #expect(page.all("script").compactMap { $0["src"] } == index.parts + ["search-index.js", "assets/search.js"])
        #expect(page.all("noscript").first?.text.contains("Search needs JavaScript") == true)
        // Without the script, the page still leads to every topic.
        let links = page.all("a").compactMap { $0["href"] }.filter { $0.hasPrefix("topics/") }
        #expect(links.count == topics.count)
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
        let parts = try Self.index(in: first.options.site).parts
        #expect(!parts.isEmpty)
        for name in ["search-index.js", "search.html"] + parts {
            #expect(try Data(contentsOf: first.options.site.appendingPathComponent(name))
                    == Data(contentsOf: second.options.site.appendingPathComponent(name)), "\(name)")
        }
    }
}
