import Foundation
@testable import Server
import Testing
import TestSupport

@Suite struct SafePathTests {
    @Test func decodesPlainPaths() {
        #expect(SafePath.segments(of: "exercises/a%20b.html") == ["exercises", "a b.html"])
        #expect(SafePath.segments(of: "") == [])
        #expect(SafePath.segments(of: "a//b/") == ["a", "b"])
    }

    @Test(arguments: ["..", "../etc/passwd", "%2e%2e/x", "%2E%2e", "a/..%2fb", "a%2Fb", "a%5cb", "a\\b", ".hidden", "a/./b", "%00", "a%2e%2e"])
    func refusesWhatCouldLeave(_ path: String) {
        #expect(SafePath.segments(of: path) == nil || SafePath.segments(of: path)!.allSatisfy { !$0.hasPrefix(".") && !$0.contains("/") })
    }

    @Test func resolvesInsideTheFolderOnly() throws {
        let root = Scratch.url("safepath")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("exams"), withIntermediateDirectories: true)
        try Data("<p>hi</p>".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("<p>exams</p>".utf8).write(to: root.appendingPathComponent("exams/index.html"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("out").path, withDestinationPath: "/etc")
        let safe = SafePath(root: root)
        #expect(safe.resolve("") == .file(safe.root.appendingPathComponent("index.html")))
        #expect(safe.resolve("exams") == .redirect("/exams/"))
        #expect(safe.resolve("exams/") == .file(safe.root.appendingPathComponent("exams/index.html")))
        #expect(safe.resolve("out/passwd") == .forbidden)
        #expect(safe.resolve("../etc/passwd") == .forbidden)
        #expect(safe.resolve("missing.html") == .notFound)
    }
}
