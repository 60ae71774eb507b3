import Bank
import Foundation
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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("variants-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("exercises"), withIntermediateDirectories: true)
        try "title: T\ncode: \"1\"\ntopics:\n  - {slug: t, title: T}\n".write(to: folder.appendingPathComponent("course.yml"), atomically: true, encoding: .utf8)
        let text = "---\nid: x\ntitle: X\ntopic: t\n\(frontMatter)\n---\n\n## (a) [1 point]\n\n\(question)\n\n### Answer\n\n\(answer)\n\n### Rubric\n\n- [1 point] R\n"
        try text.write(to: folder.appendingPathComponent("exercises/x.md"), atomically: true, encoding: .utf8)
        return try BankLoader(root: folder, displayBase: folder).load().exercises[0]
    }

    static func variant(_ exercise: Exercise, seed: UInt64? = nil) throws -> ExerciseVariant {
        try ExerciseVariant.make(exercise, space: try ParameterSpace(exercise), seed: seed)
    }
}
