import Bank
import Foundation
import Testing
import TestSupport
@testable import Variants

/// Pools draw per variant; a pool whose exercises are worth different points is an error, since
/// variants would then have different totals.
struct PoolTests {
    /// A bank with exercises `a` (2 points), `b` (2 points), `c` (3 points) and one exam.
    static func bank(exam: String) throws -> Bank {
        let folder = Scratch.url("pools")
        for sub in ["exercises", "exams"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try "title: T\ncode: \"1\"\ntopics:\n  - {slug: t, title: T}\n".write(to: folder.appendingPathComponent("course.yml"), atomically: true, encoding: .utf8)
        for (id, points) in [("a", 2), ("b", 2), ("c", 3)] {
            let text = "---\nid: \(id)\ntitle: \(id.uppercased())\ntopic: t\ntags: [pool]\nvisibility: private\n---\n\n## (a) [\(points) points]\n\nQ \(id)\n\n### Answer\n\nA\n\n### Rubric\n\n- [\(points) points] R\n"
            try text.write(to: folder.appendingPathComponent("exercises/\(id).md"), atomically: true, encoding: .utf8)
        }
        try exam.write(to: folder.appendingPathComponent("exams/e.yml"), atomically: true, encoding: .utf8)
        return try BankLoader(root: folder, displayBase: folder).load()
    }

    @Test func poolsWithDifferentTotalsAreAnError() throws {
        let bank = try Self.bank(exam: "title: E\ncourse: \"1\"\ndate: 2026-01-01\nexercises:\n  - from: [a, c]\n")
        let diagnostics = BankValidator().diagnostics(for: bank).filter { $0.severity == .error }
        #expect(diagnostics.map(\.description) == [
            "exams/e.yml:5:5: error: the pool in exam `e` mixes exercises worth different points (`a` (2), `c` (3)), so variants would have different totals; make them equal or split the pool",
        ])
    }

    @Test func poolsDrawEveryCandidateAndKeepTheTotal() throws {
        let bank = try Self.bank(exam: "title: E\ncourse: \"1\"\ndate: 2026-01-01\nvariants: 20\nexercises:\n  - tag: pool\n    pick: 1\n")
        #expect(BankValidator().diagnostics(for: bank).contains { $0.message.contains("mixes exercises worth different points") })
        let fair = try Self.bank(exam: "title: E\ncourse: \"1\"\ndate: 2026-01-01\nexercises:\n  - from: [a, b]\n")
        #expect(BankValidator().diagnostics(for: fair).filter { $0.severity == .error }.isEmpty)
        let maker = try VariantMaker(bank: fair)
        let exam = try #require(fair.exams.first)
        let drawn = try (0..<20).map { try maker.variant($0, of: exam, seed: 1) }
        #expect(Set(drawn.map { $0.exercises[0].exercise.id }) == ["a", "b"])
        #expect(Set(drawn.map(\.points)) == [Points(2)])
        #expect(Set(drawn.map(\.code)).count == 20)
    }
}
