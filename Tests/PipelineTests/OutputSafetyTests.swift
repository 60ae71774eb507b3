import Bank
import Foundation
import Pipeline
import SiteInspection
import Testing

/// What must never happen to the output: keys on the site, nondeterminism, lost work.
@Suite struct OutputSafetyTests {
    @Test func noAnswerKeyTextUnderSite() async throws {
        let build = try TestBuild()
        try await build.run()
        let bank = try BankLoader(root: build.options.bank).load()
        let rubricTexts = bank.exercises.flatMap { $0.parts.flatMap { $0.rubric.map(\.criterion.text) } }
        #expect(rubricTexts.count > 20)
        let site = TestBuild.files(in: build.options.site)
        #expect(!site.keys.contains { $0.hasSuffix("key.html") || $0.hasSuffix("student.html") })
        for (path, data) in site where path.hasSuffix(".html") {
            let page = HTMLParser.parse(String(decoding: data, as: UTF8.self))
            #expect(page.all("div", class: "rubric").isEmpty, "\(path)")
            let text = page.text
            for rubric in rubricTexts {
                let plain = HTMLParser.parse("<p>\(rubric)</p>").text
                guard plain.count > 30 else { continue }
                #expect(!text.contains(plain), "rubric text on \(path): \(plain)")
            }
        }
    }

    @Test func unreleasedExamsAndPrivateExercisesStayPrivate() async throws {
        let bank = try TestBuild.copy(TestBuild.repository.appendingPathComponent("QuestionBank"))
        try """
        ---
        id: secret-question
        title: Secret question for next year
        topic: cnn
        visibility: private
        ---

        ## (a) [2 points]

        Zanzibar convolution riddle.

        ### Answer

        Quetzalcoatl answer.

        ### Rubric

        - [2 points] Marmalade criterion.
        """.write(to: bank.appendingPathComponent("exercises/secret-question.md"), atomically: true, encoding: .utf8)
        try """
        title: Resit
        course: "201800177"
        date: 2026-04-10
        exercises:
          - id: secret-question
        """.write(to: bank.appendingPathComponent("exams/resit-2026.yml"), atomically: true, encoding: .utf8)
        let build = try TestBuild(bank: bank)
        try await build.run()
        for (path, data) in TestBuild.files(in: build.options.site) {
            let text = String(decoding: data, as: UTF8.self)
            for secret in ["Zanzibar", "Quetzalcoatl", "Marmalade", "secret-question", "Resit", "resit-2026"] {
                #expect(!text.contains(secret), "\(secret) leaked into site/\(path)")
            }
        }
        let key = try build.privateHTML("exams/resit-2026/key.html")
        #expect(key.text.contains("Quetzalcoatl answer."))
        #expect(key.text.contains("Marmalade criterion."))
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let first = try TestBuild(), second = try TestBuild()
        try await first.run()
        try await second.run()
        let a = TestBuild.files(in: first.folder), b = TestBuild.files(in: second.folder)
        #expect(a.count > 15)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs between builds") }
    }

    @Test func failedBuildLeavesThePreviousOutput() async throws {
        let bank = try TestBuild.copy(TestBuild.repository.appendingPathComponent("QuestionBank"))
        var build = try TestBuild(bank: bank)
        try await build.run()
        let before = TestBuild.files(in: build.folder)
        let exercise = bank.appendingPathComponent("exercises/cnn-2019.md")
        let text = try String(contentsOf: exercise, encoding: .utf8)
        try text.replacingOccurrences(of: "topic: cnn", with: "topic: cnn\npionts: 3")
            .write(to: exercise, atomically: true, encoding: .utf8)
        await #expect(throws: DiagnosticError.self) { try await build.run() }
        #expect(TestBuild.files(in: build.folder) == before)
        build.options.strict = true
        #expect(TestBuild.files(in: build.folder) == before)
    }

    @Test func refusesToReplaceAFolderItDidNotMake() async throws {
        var build = try TestBuild()
        let foreign = build.folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("thesis".utf8).write(to: foreign.appendingPathComponent("thesis.txt"))
        build.options.site = foreign
        await #expect(throws: DiagnosticError.self) { try await build.run() }
        #expect(FileManager.default.contents(atPath: foreign.appendingPathComponent("thesis.txt").path) == Data("thesis".utf8))
    }

    @Test func siteLinksAreRelativeAndLocal() async throws {
        let build = try TestBuild()
        try await build.run()
        for (path, data) in TestBuild.files(in: build.options.site) where path.hasSuffix(".html") {
            let page = HTMLParser.parse(String(decoding: data, as: UTF8.self))
            #expect(page["lang"] == "en")
            #expect(page.all("h1").count == 1, "\(path) has \(page.all("h1").count) h1")
            let resources = page.all("link").compactMap { $0["href"] } + page.all("script").compactMap { $0["src"] }
                + page.all("img").compactMap { $0["src"] }
            for url in resources {
                #expect(!url.contains("://") && !url.hasPrefix("/"), "\(path) loads \(url)")
            }
            for link in page.all("a").compactMap({ $0["href"] }) where !link.contains("://") && !link.hasPrefix("#") && !link.hasPrefix("mailto:") {
                #expect(!link.hasPrefix("/"), "\(path) links to absolute \(link)")
                let target = build.options.site.appendingPathComponent(path).deletingLastPathComponent()
                    .appendingPathComponent(String(link.split(separator: "#").first ?? "")).standardizedFileURL
                #expect(FileManager.default.fileExists(atPath: target.path), "\(path) links to missing \(link)")
            }
        }
    }

    @Test func editedTemplateShowsOnTheNextBuild() async throws {
        let templates = try TestBuild.copy(TestBuild.repository.appendingPathComponent("Templates"))
        let home = templates.appendingPathComponent("home.mustache")
        let text = try String(contentsOf: home, encoding: .utf8)
        try text.replacingOccurrences(of: "<h2 id=\"topics\">{{labels.topics}}</h2>", with: "<h2 id=\"topics\">What we cover</h2>")
            .write(to: home, atomically: true, encoding: .utf8)
        let build = try TestBuild(templates: templates)
        try await build.run()
        #expect(try build.html("index.html").all("h2").first?.text == "What we cover")
    }
}
