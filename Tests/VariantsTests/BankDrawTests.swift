import Bank
import Foundation
import Testing
import TestSupport
@testable import Variants

/// Every exercise of the real bank makes a variant for each of 1000 seeds: no draw breaks a
/// constraint budget, a computation, a cross-check or a placeholder, and no computed value is NaN
/// or infinite. `BANK_DRAWS=N` changes the number of draws (e.g. 50 while writing an exercise),
/// `BANK_EXERCISE=id` draws one exercise only.
/// Serialized: each case computes for seconds without yielding, and in parallel they would hold
/// every shared thread of Swift concurrency, starving the suites that serve or build.
@Suite(.serialized) struct BankDrawTests {
    static let draws: UInt64 = ProcessInfo.processInfo.environment["BANK_DRAWS"].flatMap(UInt64.init) ?? 1000

    static func exerciseIDs() -> [String] {
        // Only exercises with parameters: a plain one would pass without drawing anything.
        let ids = (try? Support.realBank().exercises.filter(\.metadata.isParametrized).map(\.id)) ?? []
        guard let only = ProcessInfo.processInfo.environment["BANK_EXERCISE"] else { return ids }
        return ids.filter { $0 == only }
    }

    @Test func realBankLoadsAndHasExercises() throws {
        #expect(try Support.realBank().exercises.count >= 30)
    }

    @Test(arguments: exerciseIDs())
    func everyDrawSucceeds(_ id: String) throws {
        let exercise = try #require(try Support.realBank().exercise(id))
        let space = try ParameterSpace(exercise)
        #expect(!space.isEmpty, "\(id) is parametrized but has no parameters to draw")
        try Self.checkFinite(try ExerciseVariant.make(exercise, space: space, seed: nil), seed: nil)
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: Int(Self.draws)) { index in
            let seed = UInt64(index) + 1
            do {
                try Self.checkFinite(try ExerciseVariant.make(exercise, space: space, seed: seed), seed: seed)
            } catch {
                failures.add("seed \(seed): \(error)")
            }
        }
        let found = failures.all
        #expect(found.isEmpty, "\(id): \(found.count) of \(Self.draws) draws failed; first: \(found.sorted().prefix(3).joined(separator: " | "))")
    }

    /// Throws when a parameter or computed value holds NaN or ±∞, or text still holds `[[`.
    static func checkFinite(_ variant: ExerciseVariant, seed: UInt64?) throws {
        for (name, value) in variant.parameters.merging(variant.computed, uniquingKeysWith: { a, _ in a }) {
            if let numbers = value.numbers, numbers.contains(where: { !$0.isFinite }) {
                throw DrawProblem(message: "`\(name)` is not finite: \(value)")
            }
        }
        for part in variant.exercise.parts {
            for text in [part.question.text, part.answer.text] + part.rubric.map(\.criterion.text) where text.contains("[[") {
                throw DrawProblem(message: "part (\(part.label)) still holds a placeholder")
            }
        }
    }

    struct DrawProblem: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Failure messages collected from concurrent draws.
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [String] = []
        func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
    }
}

/// The exercises written in `docs/model-spec.md` (fenced blocks with the info string
/// `markdown exercise`) are real: each loads as an exercise file of the bank's course, makes the
/// variant as written and 100 drawn variants, and passes its checks.
struct ModelSpecExampleTests {
    /// The repository's `docs/` (the test file may be reached through a symlinked folder).
    static let document = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/model-spec.md")

    /// The contents of every ```` ```markdown exercise ```` block.
    static func examples() throws -> [String] {
        let text = try String(contentsOf: document, encoding: .utf8)
        var blocks: [String] = []
        var current: [String]?
        var fence = ""
        for line in text.components(separatedBy: "\n") {
            if var lines = current {
                if line.trimmingCharacters(in: .whitespaces) == fence {
                    blocks.append(lines.joined(separator: "\n") + "\n")
                    current = nil
                } else {
                    lines.append(line)
                    current = lines
                }
            } else {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let ticks = trimmed.prefix { $0 == "`" }
                if ticks.count >= 3, trimmed.dropFirst(ticks.count).trimmingCharacters(in: .whitespaces) == "markdown exercise" {
                    fence = String(ticks)
                    current = []
                }
            }
        }
        return blocks
    }

    /// A bank holding the real course and `text` as its only exercise.
    static func load(_ text: String) throws -> Exercise {
        let id = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("id: ") }).dropFirst(4)
            .trimmingCharacters(in: .whitespaces)
        let folder = Scratch.url("model-spec")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("exercises"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Support.repository.appendingPathComponent("QuestionBank/course.yml"),
                                         to: folder.appendingPathComponent("course.yml"))
        try text.write(to: folder.appendingPathComponent("exercises/\(id).md"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try #require(try BankLoader(root: folder, displayBase: folder).load().exercise(id))
    }

    @Test func theReferenceHasExamples() throws {
        #expect(try Self.examples().count >= 3)
    }

    @Test func everyExampleLoadsAndMakesVariants() throws {
        for (index, text) in try Self.examples().enumerated() {
            let exercise: Exercise
            do { exercise = try Self.load(text) } catch {
                Issue.record("example \(index + 1) of docs/model-spec.md does not load: \(error)")
                continue
            }
            let space = try ParameterSpace(exercise)
            do {
                try BankDrawTests.checkFinite(try ExerciseVariant.make(exercise, space: space, seed: nil), seed: nil)
                for seed in 1...100 as ClosedRange<UInt64> {
                    try BankDrawTests.checkFinite(try ExerciseVariant.make(exercise, space: space, seed: seed), seed: seed)
                }
            } catch {
                Issue.record("example \(index + 1) (\(exercise.id)) of docs/model-spec.md: \(error)")
            }
        }
    }
}

/// Computations on one model do not influence each other: gradients do not accumulate across
/// `gradient` computations, and `train` does not change the weights the others see.
struct ComputationIndependenceTests {
    static let frontMatter = """
        parameters:
          x: [1, 2]
          W: [[1, -1], [0.5, 1]]
          v: [[2, 1]]
        model:
          input: x
          layers:
            - dense: {weights: W}
            - dense: {weights: v}
          loss: {mse: {target: 1}}
        compute:
          a_curve: {train: {optimizer: sgd, learning_rate: 0.1, steps: 3}}
          b_loss: loss
          c_gW: {gradient: {wrt: W}}
          d_gv: {gradient: {wrt: v}}
          e_gx: {gradient: {wrt: input}}
        """

    @Test func gradientsDoNotAccumulateAndTrainingLeavesTheModel() throws {
        let variant = try Support.variant(try Support.exercise(Self.frontMatter))
        // Wx = (-1, 2.5), y = 2·(-1) + 2.5 = 0.5, L = (0.5 − 1)² = 0.25, δ = 2(y − t) = −1.
        #expect(variant.computed["b_loss"] == .number(0.25))
        #expect(variant.computed["d_gv"] == .matrix([[1, -2.5]]))
        #expect(variant.computed["c_gW"] == .matrix([[-2, -4], [-1, -2]]))
        #expect(variant.computed["e_gx"] == .vector([-2.5, 1]))
        #expect(variant.computed["a_curve"]?.numbers?.first == 0.25)
    }
}

/// A colon inside a quoted word of a placeholder is text, not the start of a format.
struct PlaceholderColonTests {
    @Test func colonInsideQuotesIsText() throws {
        let exercise = try Support.exercise("parameters:\n  n: 3", question: #"[[if(n > 2, "big: yes", "small: no")]] and [[n / 4:.2f]]"#)
        #expect(try Support.variant(exercise).exercise.parts[0].question.text == "big: yes and 0.75")
    }
}
