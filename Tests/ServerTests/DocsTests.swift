import Bank
import Foundation
import Pipeline
import Scaffold
import SiteInspection
@testable import sitegen
import Testing
import TestSupport

/// The examples in docs/ are built, and the command-line reference is the real help text, so
/// that neither can drift from the code.
@Suite struct DocsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let docs = repository.appendingPathComponent("docs")

    static func read(_ name: String) throws -> String {
        try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)
    }

    /// Each fenced block preceded by `<!-- test: PATH -->`, as (PATH, contents).
    static func examples(in text: String) -> [(path: String, contents: String)] {
        var found: [(String, String)] = []
        let lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("<!-- test: "), line.hasSuffix(" -->"), index + 1 < lines.count, lines[index + 1].hasPrefix("```") {
                let path = String(line.dropFirst("<!-- test: ".count).dropLast(" -->".count))
                var body: [String] = []
                index += 2
                while index < lines.count, lines[index] != "```" { body.append(lines[index]); index += 1 }
                found.append((path, body.joined(separator: "\n") + "\n"))
            }
            index += 1
        }
        return found
    }

    static func newCourse() throws -> URL {
        let folder = Scratch.url("sitegen-docs")
        try CourseSkeleton().write(to: folder)
        return folder
    }

    /// A new course with a guide's examples written into it, built; fails on a warning.
    static func buildExamples(in name: String, expecting paths: [String]) async throws -> URL {
        let examples = Self.examples(in: try Self.read(name))
        #expect(examples.map(\.path) == paths)
        let course = try Self.newCourse()
        for example in examples {
            try example.contents.write(to: course.appendingPathComponent(example.path), atomically: true, encoding: .utf8)
        }
        let report = try await SiteBuilder(options: .defaults(in: course)).build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        return course
    }

    @Test func theExerciseInWritingAnExerciseBuildsCleanly() async throws {
        let course = try await Self.buildExamples(in: "writing-an-exercise.md", expecting: ["QuestionBank/exercises/softmax-basics.md"])
        let page = try String(contentsOf: course.appendingPathComponent("site/exercises/softmax-basics.html"), encoding: .utf8)
        #expect(page.contains("Softmax and cross-entropy"))
        #expect(page.contains("<math"))
    }

    @Test func theErrorsShownInWritingAnExerciseAreTheRealOnes() async throws {
        let text = try Self.read("writing-an-exercise.md")
        let example = try #require(Self.examples(in: text).first)
        let marker = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("<!-- test-errors: ") })
        let edits = marker.dropFirst("<!-- test-errors: ".count).dropLast(" -->".count).components(separatedBy: ", ")
        #expect(edits.count == 2)
        for edit in edits {
            let sides = edit.components(separatedBy: " → ")
            let course = try Self.newCourse()
            let broken = example.contents.replacingOccurrences(of: sides[0], with: sides[1])
            #expect(broken != example.contents)
            try broken.write(to: course.appendingPathComponent(example.path), atomically: true, encoding: .utf8)
            let loader = BankLoader(root: course.appendingPathComponent("QuestionBank"), displayBase: course)
            do {
                _ = try loader.load()
                Issue.record("\(edit) did not fail")
            } catch {
                for diagnostic in error.diagnostics {
                    #expect(text.contains(diagnostic.description), "docs/writing-an-exercise.md should show: \(diagnostic.description)")
                }
            }
        }
    }

    @Test func theCoverExampleInTheBankFormatPrintsItsCover() async throws {
        let course = try await Self.buildExamples(in: "bank-format.md", expecting: ["QuestionBank/exams/first-exam.yml"])
        let student = try HTMLParser.parse(contentsOf: course.appendingPathComponent("private/exams/first-exam/student.html"))
        let cover = try #require(student.all("section", class: "cover").first)
        #expect(cover.all("p", class: "institution").map(\.text) == ["University of Twente"])
        #expect(cover.all("label").map(\.text) == ["Name", "Student number", "Room", "Seat"])
        #expect(cover.element(id: "exam-room")?["value"] == "Waaier 4")
        #expect(cover.all("p", class: "integrity").count == 1)
        #expect(cover.all("p", class: "signature").count == 1)
        #expect(student.all("style").map(\.text).joined().contains("counter(pages) \" pages, this cover included.\""))
    }

    @Test func gettingStartedWorksStepByStep() async throws {
        let text = try Self.read("getting-started.md")
        let course = try Self.newCourse()
        // Step 2 builds at once.
        #expect(try await SiteBuilder(options: .defaults(in: course)).build().warnings.isEmpty)
        // Step 4: a new exercise, then the exam file as the page shows it.
        #expect(text.contains("sitegen new exercise --topic calculus --title \"Gradient descent\""))
        let file = try NewExercise(bank: course.appendingPathComponent("QuestionBank"), topic: "calculus", title: "Gradient descent").write()
        #expect(file.lastPathComponent == "gradient-descent.md")
        #expect(text.contains("QuestionBank/exercises/gradient-descent.md"))
        for example in Self.examples(in: text) {
            try example.contents.write(to: course.appendingPathComponent(example.path), atomically: true, encoding: .utf8)
        }
        let report = try await SiteBuilder(options: .defaults(in: course)).build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let student = try String(contentsOf: course.appendingPathComponent("private/exams/first-exam/student.html"), encoding: .utf8)
        #expect(student.contains("New exercise") || student.contains("Gradient descent"))
    }

    @Test func theParametrizedExampleIsTheOneInitWrites() throws {
        let examples = Self.examples(in: try Self.read("parametrized-exercises.md"))
        #expect(examples.map(\.path) == ["QuestionBank/exercises/gradient-step.md"])
        let skeleton = Dictionary(uniqueKeysWithValues: CourseSkeleton().files.map { ($0.path, $0.contents) })
        for example in examples {
            #expect(skeleton[example.path] == Data(example.contents.utf8), "docs/parametrized-exercises.md and CourseSkeleton differ")
        }
    }

    @Test func theCommandLineReferenceIsTheHelpText() throws {
        Snapshot.expect(CLIReference.markdown(), matches: Self.docs.appendingPathComponent("cli.md"))
    }

    @Test func everyTemplateAndAssetIsInTheThemingGuide() throws {
        let text = try Self.read("theming.md")
        let templates = Self.repository.appendingPathComponent("Templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path) where name.hasSuffix(".mustache") {
            #expect(text.contains("`\(name)`"), "docs/theming.md does not describe \(name)")
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.appendingPathComponent("assets").path) where !name.hasPrefix(".") {
            #expect(text.contains("`assets/\(name)"), "docs/theming.md does not describe assets/\(name)")
        }
    }

    @Test func linksBetweenTheGuidesResolve() throws {
        for name in ["getting-started.md", "writing-an-exercise.md", "parametrized-exercises.md", "exam-variants.md",
                     "theming.md", "publishing.md", "cli.md"] {
            let text = try Self.read(name)
            var rest = Substring(text)
            while let open = rest.range(of: "](") {
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                let target = String(after[..<close])
                rest = after[close...]
                guard !target.contains("://"), !target.hasPrefix("#"), !target.hasPrefix("mailto:") else { continue }
                let file = String(target.split(separator: "#").first ?? "")
                let url = Self.docs.appendingPathComponent(file).standardizedFileURL
                #expect(FileManager.default.fileExists(atPath: url.path), "docs/\(name) links to missing \(target)")
            }
        }
    }
}
