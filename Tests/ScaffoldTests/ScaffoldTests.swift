import Bank
import Foundation
import Pipeline
import Scaffold
import SiteInspection
import Testing
import TestSupport

/// `sitegen init` and `sitegen new exercise`.
@Suite struct ScaffoldTests {
    static func temporary() -> URL {
        Scratch.url("sitegen-scaffold")
    }

    @Test func aNewCourseBuildsAtOnceWithoutWarnings() async throws {
        let folder = Self.temporary()
        try CourseSkeleton(title: "Linear Algebra", code: "LA-1").write(to: folder)
        let report = try await SiteBuilder(options: BuildOptions.defaults(in: folder)).build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(report.exercises == 4 && report.exams == 1)
        let home = try HTMLParser.parse(contentsOf: folder.appendingPathComponent("site/index.html"))
        #expect(home.all("h1").first?.text == "Linear Algebra")
        for page in ["exercises/first-exercise.html", "exercises/chain-rule.html", "exercises/gradient-step.html", "search.html", "assets/style.css",
                     "assets/fonts/latinmodern-math.otf"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/\(page)").path), "\(page)")
        }
        // The private exercise of the unreleased exam is in the printed exam, not on the site.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/exercises/exam-question.html").path))
        // The parametrized exercise's answer is computed from its default parameters.
        let step = try HTMLParser.parse(contentsOf: folder.appendingPathComponent("site/exercises/gradient-step.html"))
        #expect(step.text.contains("4 − 0.25 ⋅ 8 = 2"))
        let key = try HTMLParser.parse(contentsOf: folder.appendingPathComponent("private/exams/first-exam/key.html"))
        #expect(key.all("section", class: "part").count == 2)
        #expect(key.all("div", class: "answer-space").isEmpty)
    }

    @Test func theNewExamGivesRoomForEveryAnswerAndCountsItsPages() async throws {
        let folder = Self.temporary()
        try CourseSkeleton().write(to: folder)
        _ = try await SiteBuilder(options: BuildOptions.defaults(in: folder)).build()
        let student = try HTMLParser.parse(contentsOf: folder.appendingPathComponent("private/exams/first-exam/student.html"))
        let spaces = student.all("div", class: "answer-space")
        #expect(spaces.map { $0["data-space"] } == ["6 lines", "6 lines"], "two 2-point parts, three lines a point")
        #expect(spaces.map { $0.all("span", class: "answer-line").count } == [6, 6])
        #expect(student.all("p", class: "signature").count == 1)
        #expect(student.all("style").map(\.text).joined().contains("counter(pages) \" pages, this cover included."))
    }

    @Test func theEmbeddedThemeIsTheRepositorysTemplates() throws {
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        let onDisk = try FileManager.default.subpathsOfDirectory(atPath: templates.path).filter { path in
            var isFolder: ObjCBool = false
            return !path.split(separator: "/").contains { $0.hasPrefix(".") }
                && FileManager.default.fileExists(atPath: templates.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
        let embedded = CourseSkeleton.theme
        #expect(embedded.map(\.path) == onDisk)
        for (path, contents) in embedded {
            #expect(contents == FileManager.default.contents(atPath: templates.appendingPathComponent(path).path), "\(path)")
        }
    }

    @Test func initRefusesAFolderThatIsNotEmpty() throws {
        let folder = Self.temporary()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(throws: CourseSkeleton.Failure.self) { try CourseSkeleton().write(to: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test func newExerciseGetsAFreshIdAndBuilds() async throws {
        let folder = Self.temporary()
        try CourseSkeleton().write(to: folder)
        let bank = folder.appendingPathComponent("QuestionBank")
        let first = try NewExercise(bank: bank, topic: "calculus", title: "Gradient Descent: a first look!").write()
        let second = try NewExercise(bank: bank, topic: "calculus", title: "Gradient descent — a first look").write()
        let third = try NewExercise(bank: bank, topic: "basics", title: "The chain rule", isPublic: true).write()
        #expect(first.lastPathComponent == "gradient-descent-a-first-look.md")
        #expect(second.lastPathComponent == "gradient-descent-a-first-look-2.md")
        #expect(third.lastPathComponent == "chain-rule-2.md" || third.lastPathComponent == "the-chain-rule.md")
        let report = try await SiteBuilder(options: BuildOptions.defaults(in: folder)).build()
        #expect(report.warnings.isEmpty)
        #expect(report.exercises == 7)
        // Private by default: only the one written with isPublic is on the site.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/exercises/gradient-descent-a-first-look.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/exercises/\(third.deletingPathExtension().lastPathComponent).html").path))
    }

    @Test func newExerciseRefusesAnUnknownTopicWithAHint() throws {
        let folder = Self.temporary()
        try CourseSkeleton().write(to: folder)
        let bank = folder.appendingPathComponent("QuestionBank")
        let error = try #require(throws: NewExercise.Failure.self) {
            try NewExercise(bank: bank, topic: "calclus", title: "x").write()
        }
        #expect(error.diagnostics == [
            .error(.scaffold, "the course has no topic `calclus`; did you mean `calculus`?",
                   notes: ["the course's topics: `basics`, `calculus`", "to use a new topic, add it to course.yml first"]),
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: bank.appendingPathComponent("exercises").path).count == 4)
    }

    @Test func slugs() {
        #expect(NewExercise.slug("Softmax and Cross-Entropy") == "softmax-and-cross-entropy")
        #expect(NewExercise.slug("Élan: über naïve café") == "elan-uber-naive-cafe")
        #expect(NewExercise.slug("!!!") == "exercise")
        #expect(NewExercise.uniqueID(for: "A", taken: ["a", "a-2"]) == "a-3")
    }
}
