import Bank
import Foundation
import Testing
import TestSupport
@testable import Variants

/// Bank input that used to kill the build with a signal or grow without bound: each is now a
/// located error.
struct BankInputLimitTests {
    @Test func yamlAliasBombIsRefused() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for i in 1...9 { lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]") }
        do {
            _ = try Support.exercise("parameters:\n  bomb: {choose: [1], labels: {1: one}}\nsource: x\n" + lines.joined(separator: "\n"))
            Issue.record("no error")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.map(\.message) == [
                "exercise front matter expands to more than 100000 values (the limit), which YAML aliases (`*name`) can do; write the values out instead",
            ])
            #expect(error.diagnostics.map(\.location?.line) == [9])
        }
    }

    @Test func duplicateTopicSlugIsAnErrorAtTheSecondOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("topics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("exercises"), withIntermediateDirectories: true)
        let course = "title: T\ncode: \"1\"\ntopics:\n  - {slug: t, title: T}\n  - {slug: t, title: Again}\n"
        try course.write(to: folder.appendingPathComponent("course.yml"), atomically: true, encoding: .utf8)
        let second = Marker.location(of: "t, title: Again", in: course)
        do {
            _ = try BankLoader(root: folder, displayBase: folder).load()
            Issue.record("no error")
        } catch {
            #expect(error.diagnostics.map(\.description)
                    == ["course.yml:\(second.line):\(second.column): error: topic `t` is listed twice; every topic needs its own slug"])
        }
    }

    @Test func deeplyNestedExpressionIsRefusedNotAStackOverflow() throws {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        #expect(throws: ExpressionError.self) { try Expression.parse(deep) }
        #expect(throws: ExpressionError.self) { try Expression.parse(String(repeating: "-", count: 10_000) + "1") }
    }
}
