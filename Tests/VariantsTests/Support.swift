import Bank
import Foundation
import TestSupport
@testable import Variants

/// The repository's own bank, and small exercises written inline.
enum Support {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func realBank() throws -> Bank {
        try BankLoader(root: repository.appendingPathComponent("QuestionBank")).load()
    }

    /// An exercise read from front matter and one part whose question is `question`.
    static func exercise(_ frontMatter: String, question: String = "Q", answer: String = "A") throws -> Exercise {
        try exercise(frontMatter, body: body(question: question, answer: answer))
    }

    /// One part worth one point, asking `question`.
    static func body(question: String, answer: String = "A") -> String {
        "## (a) [1 point]\n\n\(question)\n\n### Answer\n\n\(answer)\n\n### Rubric\n\n- [1 point] R\n"
    }

    /// An exercise read from front matter and a whole Markdown body (its first line is line 8 of
    /// the file when the front matter has one line).
    static func exercise(_ frontMatter: String, body: String) throws -> Exercise {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("variants-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("exercises"), withIntermediateDirectories: true)
        try "title: T\ncode: \"1\"\ntopics:\n  - {slug: t, title: T}\n".write(to: folder.appendingPathComponent("course.yml"), atomically: true, encoding: .utf8)
        try text(frontMatter, body: body).write(to: folder.appendingPathComponent("exercises/x.md"), atomically: true, encoding: .utf8)
        return try BankLoader(root: folder, displayBase: folder).load().exercises[0]
    }

    /// The exercise file that `exercise` writes.
    static func text(_ frontMatter: String, body: String) -> String {
        "---\nid: x\ntitle: X\ntopic: t\n\(frontMatter)\n---\n\n\(body)"
    }

    static func text(_ frontMatter: String, question: String = "Q", answer: String = "A") -> String {
        text(frontMatter, body: body(question: question, answer: answer))
    }

    /// The line of that file holding `marker`.
    static func line(of marker: String, _ frontMatter: String, question: String = "Q") -> Int {
        Marker.line(of: marker, in: text(frontMatter, question: question))
    }

    /// The problems of an exercise whose front matter holds `frontMatter` (its first line is line
    /// 5 of the file): the load's diagnostics, or else the one error of making it as written.
    static func problems(_ frontMatter: String, question: String = "Q") throws -> [Problem] {
        let exercise = try exercise(frontMatter, question: question)
        let space: ParameterSpace
        do { space = try ParameterSpace(exercise) } catch {
            return error.diagnostics.map { Problem(line: $0.location?.line ?? 0, column: $0.location?.column ?? 0, message: $0.message) }
        }
        do { _ = try ExerciseVariant.make(exercise, space: space, seed: nil) } catch {
            return [Problem(line: error.location.line, column: error.location.column, message: error.message)]
        }
        return []
    }

    /// Where a problem lands in the file and what it says.
    struct Problem: Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var message: String
        var description: String { "\(line):\(column): \(message)" }
    }

    static func variant(_ exercise: Exercise, seed: UInt64? = nil) throws -> ExerciseVariant {
        try ExerciseVariant.make(exercise, space: try ParameterSpace(exercise), seed: seed)
    }
}
