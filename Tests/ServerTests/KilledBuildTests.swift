import DeepLearning
import Foundation
@testable import Pipeline
@testable import Scaffold
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `sitegen build` killed (SIGKILL) at random moments: after the next build's repair, the site and
/// the private output are both from the old bank or both from the new one. After the first, each
/// build is a rebuild with the build cache, which links the unchanged files into its staging folders.
@Suite(.serialized) struct KilledBuildTests {
    /// The `sitegen` executable SwiftPM built beside the tests.
    static var sitegen: URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return [beside, beside.deletingLastPathComponent(), repository.appendingPathComponent(".build/debug")]
            .map { $0.appendingPathComponent("sitegen") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Makes the exam's exercise public, with `generation` in its question: on the site's page and in the key.
    static func setGeneration(_ generation: Int, in folder: URL) throws {
        let exercise = folder.appendingPathComponent("QuestionBank/exercises/exam-question.md")
        let text = CourseSkeleton.examQuestion.replacingOccurrences(of: "visibility: private", with: "visibility: public")
            .replacingOccurrences(of: "Compute the derivative", with: "Generation \(generation): compute the derivative")
        try text.write(to: exercise, atomically: true, encoding: .utf8)
    }

    static func generations(in folder: URL) -> (site: Int?, keys: Int?) {
        func generation(_ path: String) -> Int? {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path),
                  let range = String(decoding: data, as: UTF8.self).range(of: #"Generation (\d+)"#, options: .regularExpression)
            else { return nil }
            return Int(String(decoding: data, as: UTF8.self)[range].dropFirst("Generation ".count))
        }
        return (generation("site/exercises/exam-question.html"), generation("private/exams/first-exam/key.html"))
    }

    static func runBuild(_ sitegen: URL, in folder: URL, killAfter seconds: Double?) throws {
        let process = Process()
        process.executableURL = sitegen
        process.arguments = ["build", "--quiet"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let seconds {
            Thread.sleep(forTimeInterval: seconds)
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
    }

    @Test func aBuildKilledAtRandomLeavesBothOldOrBothNew() async throws {
        let sitegen = try #require(Self.sitegen, "no sitegen executable beside the tests")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-kill-\(UUID().uuidString)")
        try CourseSkeleton(title: "Killed Course", code: "K-1").write(to: folder)
        try Self.setGeneration(0, in: folder)
        let start = ContinuousClock.now
        // Process waits and sleeps block their thread: keep them off Swift concurrency's shared ones.
        try await offThePool { try Self.runBuild(sitegen, in: folder, killAfter: nil) }
        let elapsed = ContinuousClock.now - start
        let whole = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        #expect(Self.generations(in: folder) == (0, 0))
        var random = SplitMix64(seed: 15)
        var current = 0, killedMidway = 0
        for generation in 1...12 {
            try Self.setGeneration(generation, in: folder)
            // Anywhere from the start to a little past the end of a build like the first.
            let delay = whole * 1.1 * Double(random.next() >> 11) / Double(1 << 53)
            try await offThePool { try Self.runBuild(sitegen, in: folder, killAfter: delay) }
            try OutputSwap.repair(site: folder.appendingPathComponent("site"), privateOutput: folder.appendingPathComponent("private"))
            let found = Self.generations(in: folder)
            #expect(found == (current, current) || found == (generation, generation), "killed after \(delay) s: \(found)")
            if found.site == generation { current = generation } else { killedMidway += 1 }
            // The build cache stays (a killed build drops its record before writing); nothing else may.
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.contains("sitegen-") && $0 != ".private.sitegen-cache" }
            #expect(leftovers.isEmpty, "\(leftovers)")
        }
        print("KilledBuildTests: \(killedMidway) builds killed before their swap (of 12), build time \(whole) s")
    }
}
