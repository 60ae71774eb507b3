import Bank
import Export
import Foundation
import Pipeline
import SiteInspection
import Testing

/// The publication rule, tried on banks that mix every combination of `visibility`, `solutions`,
/// `released`, exam membership and parameters, with a unique sentinel in every field.
@Suite struct PublicationTests {
    /// Unique words planted in a bank, each marked as allowed on the site or not.
    struct Sentinels {
        var secret: [String: String] = [:]
        var shown: [String: String] = [:]
        private var count = 0

        /// A new sentinel for `what`; lower case, so that it can also be an id or a file name.
        mutating func plant(_ what: String, secret isSecret: Bool) -> String {
            count += 1
            let word = "sntl\(count)\(isSecret ? "p" : "s")x"
            if isSecret { secret[word] = what } else { shown[word] = what }
            return word
        }
    }

    static func mixedBank() throws -> (URL, Sentinels) {
        var s = Sentinels()
        var files: [String: String] = [:]
        var released: [String] = [], unreleased: [String] = []
        for visibility in ["public", "private"] {
            for solutions in ["public", "private"] {
                for membership in ["released", "unreleased", "both", "none"] {
                    for parametrized in [false, true] {
                        let name = "\(visibility)/\(solutions)/\(membership)/\(parametrized ? "parametrized" : "plain")"
                        let hidden = visibility == "private"
                        let answerHidden = hidden || solutions == "private"
                        let id = s.plant("id of \(name)", secret: hidden)
                        let placeholder = parametrized ? " [[n]]" : ""
                        files["exercises/\(id).md"] = InlineBank.exercise(
                            id: id, title: s.plant("title of \(name)", secret: hidden),
                            visibility: visibility, solutions: solutions,
                            extra: """
                                tags: [\(s.plant("tag of \(name)", secret: hidden))]
                                source: "\(s.plant("source of \(name)", secret: hidden))"
                                """ + (parametrized ? "\nparameters:\n  n: {integer: [2, 40]}" : ""),
                            stem: s.plant("stem of \(name)", secret: hidden),
                            partTitle: s.plant("part title of \(name)", secret: hidden),
                            question: s.plant("question of \(name)", secret: hidden) + placeholder,
                            answer: s.plant("answer of \(name)", secret: answerHidden) + placeholder,
                            rubric: s.plant("rubric of \(name)", secret: true))
                        if membership == "released" || membership == "both" {
                            released.append("  - id: \(id)\n    title: \(s.plant("released exam's title for \(name)", secret: hidden))")
                        }
                        if membership == "unreleased" || membership == "both" {
                            unreleased.append("  - id: \(id)\n    title: \(s.plant("unreleased exam's title for \(name)", secret: true))")
                        }
                    }
                }
            }
        }
        files["exams/\(s.plant("released exam id", secret: false)).yml"] = """
            title: \(s.plant("released exam title", secret: false))
            course: "1"
            date: 2019-01-22
            released: true
            variants: 2
            roster: students.csv
            instructions:
              - \(s.plant("released exam instruction", secret: false))
            closing: Good luck.
            exercises:
            \(released.joined(separator: "\n"))
            """
        files["exams/\(s.plant("unreleased exam id", secret: true)).yml"] = """
            title: \(s.plant("unreleased exam title", secret: true))
            course: "1"
            date: 2027-01-22
            variants: 3
            instructions:
              - \(s.plant("unreleased exam instruction", secret: true))
            closing: \(s.plant("unreleased exam closing", secret: true))
            exercises:
            \(unreleased.joined(separator: "\n"))
            """
        // A roster's numbers, names and other columns reach the private output only, even for a released exam.
        files["exams/students.csv"] = "number,name,email\n" + (1...3).map { index in
            "\(s.plant("student number \(index)", secret: true)),\(s.plant("student name \(index)", secret: true)),\(s.plant("student email \(index)", secret: true))\n"
        }.joined()
        return (try InlineBank.write(files), s)
    }

    @Test func noPrivateSentinelAnywhereUnderSite() async throws {
        let (bank, sentinels) = try Self.mixedBank()
        let build = try TestBuild(bank: bank)
        try await build.run()
        // Every exam exported for an LMS, then built again: the exports hold the answers and stay private.
        for exam in try BankLoader(root: bank).load().exams {
            _ = try Exporter(names: [exam.id], formats: ExportFormat.allCases, variants: 2).run(options: build.options)
        }
        try await build.run()
        let exports = TestBuild.files(in: build.options.privateOutput.appendingPathComponent("exports"))
        #expect(exports.count == 6)
        let site = TestBuild.files(in: build.options.site)
        #expect(site.count > 20)
        for (path, data) in site {
            for (word, what) in sentinels.secret {
                #expect(data.range(of: Data(word.utf8)) == nil, "\(what) (\(word)) is in site/\(path)")
            }
        }
        // The planted words do reach the places they may reach: the test can fail.
        let all = site.values.reduce(Data(), +)
        for (word, what) in sentinels.shown {
            #expect(all.range(of: Data(word.utf8)) != nil, "\(what) (\(word)) is missing from the site")
        }
        let keys = TestBuild.files(in: build.options.privateOutput).values.reduce(Data(), +)
        let moodle = exports.filter { $0.key.hasSuffix("moodle.xml") }.values.reduce(Data(), +)
        for (word, what) in sentinels.secret where (what.hasPrefix("rubric") && !what.contains("/none/")) || what.hasPrefix("student") {
            #expect(keys.range(of: Data(word.utf8)) != nil, "\(what) (\(word)) is missing from the answer keys")
            if what.hasPrefix("rubric") {
                #expect(moodle.range(of: Data(word.utf8)) != nil, "\(what) (\(word)) is missing from the Moodle exports")
            }
        }
    }

    @Test func privateExerciseInAReleasedExamIsItsHeadingAndPoints() async throws {
        let bank = try InlineBank.write([
            "exercises/open.md": InlineBank.exercise(id: "open", title: "Open exercise", question: "Open question."),
            "exercises/closed.md": InlineBank.exercise(id: "closed", title: "Closed exercise", visibility: "private",
                                                       question: "Closed question.", answer: "Closed answer."),
            "exams/exam.yml": """
                title: Exam
                course: "1"
                date: 2019-01-22
                released: true
                exercises:
                  - id: open
                  - id: closed
                """,
        ])
        let build = try TestBuild(bank: bank)
        try await build.run()
        let page = try build.html("exams/exam.html")
        let articles = page.all("article", class: "exercise")
        try #require(articles.count == 2)
        #expect(articles[0].text.contains("Open question."))
        #expect(articles[1].all("h2").first?.text == "Exercise 2. [1 point]")
        #expect(articles[1].all("p", class: "withheld").count == 1)
        #expect(articles[1].all("section").isEmpty)
        #expect(!page.text.contains("Closed"))
        #expect(page.all("h1").count == 1)
        let index = try SearchIndexTests.indexFiles(in: build.options.site)
        #expect(index.contains("Open question"))
        #expect(!index.contains("Closed"))
        #expect(try build.privateHTML("exams/exam/key.html").text.contains("Closed answer."))
    }

    /// Public parametrized exercises in an unreleased exam: no practice variant may repeat any of
    /// the exam's forms. With four values and thirty variants every value is taken, so no
    /// practice variant is left; without the exam, three are shown.
    /// A practice variant shows its stem only when its numbers change it: the exercise's own stem
    /// is on the page above, and an empty stem is not filled in from the exercise around it.
    @Test func practiceVariantsShowTheStemOnlyWhenItChanges() async throws {
        let parameters = "parameters:\n  n: {integer: [1, 9], default: 1}"
        let fixed = InlineBank.exercise(id: "fixed", extra: parameters, stem: "A fixed setting for every variant.",
                                        question: "Multiply [[n]] by seven.", answer: "It is [[7 * n]].")
        let drawn = InlineBank.exercise(id: "drawn", extra: parameters, stem: "A setting with [[n]] apples.",
                                        question: "Multiply [[n]] by seven.", answer: "It is [[7 * n]].")
        let build = try TestBuild(bank: try InlineBank.write(["exercises/fixed.md": fixed, "exercises/drawn.md": drawn]))
        try await build.run()
        for (id, stemsPerVariant) in [("fixed", 0), ("drawn", 1)] {
            let page = try build.html("exercises/\(id).html")
            let practice = page.all("section", class: "practice-variant")
            #expect(practice.count == 3, "\(id)")
            #expect(page.all("div", class: "stem").count == 1 + stemsPerVariant * practice.count, "\(id)")
            for variant in practice {
                #expect(variant.all("div", class: "stem").count == stemsPerVariant, "\(id): \(variant.text)")
            }
        }
    }

    @Test func practiceVariantsNeverRepeatAnUnreleasedExam() async throws {
        let exercise = InlineBank.exercise(id: "drill", extra: "parameters:\n  n: {integer: [1, 5], default: 1}",
                                           question: "Multiply [[n]] by seven.", answer: "It is [[7 * n]].")
        let exam = """
            title: Exam
            course: "1"
            date: 2027-01-22
            variants: 30
            exercises:
              - id: drill
            """
        let alone = try TestBuild(bank: try InlineBank.write(["exercises/drill.md": exercise]))
        try await alone.run()
        #expect(try alone.html("exercises/drill.html").all("section", class: "practice-variant").count == 3)

        let bank = try InlineBank.write(["exercises/drill.md": exercise, "exams/exam.yml": exam])
        let build = try TestBuild(bank: bank)
        try await build.run()
        let answers = try JSONSerialization.jsonObject(with: Data(contentsOf: build.options.privateOutput
            .appendingPathComponent("exams/exam/answers.json")))
        let examTexts = Set(try build.privateHTMLTexts(containing: "Multiply"))
        #expect(answers is [String: Any])
        let page = try build.html("exercises/drill.html")
        let practice = page.all("section", class: "practice-variant")
        for variant in practice {
            for question in variant.all("div", class: "question") {
                #expect(!examTexts.contains(question.text), "practice repeats the exam: \(question.text)")
            }
        }
        #expect(practice.isEmpty, "only n = 1 (as written) and 2…5 exist, and 30 variants take them all")
    }
}

extension TestBuild {
    /// The text of every question in the private output that contains `word`.
    func privateHTMLTexts(containing word: String) throws -> [String] {
        try TestBuild.files(in: options.privateOutput).keys.filter { $0.hasSuffix(".html") }.flatMap { path in
            try privateHTML(path).all("div", class: "question").map(\.text).filter { $0.contains(word) }
        }
    }
}
