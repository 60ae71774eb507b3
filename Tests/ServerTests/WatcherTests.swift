import Foundation
@testable import Server
import Testing

/// Both ways of watching the bank: inotify where the platform has it, and the polling fallback.
@Suite struct WatcherTests {
    enum Way: String, CaseIterable, CustomTestStringConvertible {
        case native, polling
        var testDescription: String { rawValue }

        func changes(_ watcher: Watcher) -> AsyncStream<[String]> {
            switch self {
            case .native: watcher.changes(pollInterval: .milliseconds(100))
            case .polling: watcher.polledChanges(every: .milliseconds(100))
            }
        }
    }

    /// A bank folder with one exercise in a topic subfolder.
    static func bank() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitegen-watch-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("cnn"), withIntermediateDirectories: true)
        try Data("---\ntitle: Padding\n---\n".utf8).write(to: root.appendingPathComponent("cnn/padding.md"))
        return root
    }

    /// The paths reported until one of them is `awaited` (any path when nil), or until `limit`
    /// passes; the stream is stopped either way. At the limit the consumer is cancelled, not
    /// abandoned: a batch already delivered still counts, however late a loaded machine runs it.
    static func paths(from stream: AsyncStream<[String]>, awaiting awaited: String?, within limit: Duration) async -> [String] {
        let consumer = Task {
            var seen: [String] = []
            for await batch in stream {
                seen += batch
                if awaited.map(seen.contains) ?? !seen.isEmpty { break }
            }
            return seen
        }
        let deadline = Task {
            try? await Task.sleep(for: limit)
            consumer.cancel()
        }
        let seen = await consumer.value
        deadline.cancel()
        return seen
    }

    #if os(Linux)
    @Test func inotifyIsAvailableOnLinux() throws {
        #expect(Inotify(roots: [try Self.bank()]) != nil)
    }
    #endif

    @Test(arguments: Way.allCases)
    func noticesAnEditedExercise(_ way: Way) async throws {
        let bank = try Self.bank()
        let exercise = bank.appendingPathComponent("cnn/padding.md")
        let changes = way.changes(Watcher(folders: [bank]))
        try Data("---\ntitle: Same padding\n---\n".utf8).write(to: exercise)
        let seen = await Self.paths(from: changes, awaiting: exercise.path, within: .seconds(60))
        #expect(seen.contains(exercise.path), "\(seen)")
    }

    @Test(arguments: Way.allCases)
    func noticesAFileInANewFolder(_ way: Way) async throws {
        let bank = try Self.bank()
        let changes = way.changes(Watcher(folders: [bank]))
        let topic = bank.appendingPathComponent("rnn/gates")
        try FileManager.default.createDirectory(at: topic, withIntermediateDirectories: true)
        let exercise = topic.appendingPathComponent("lstm.md")
        try Data("---\ntitle: LSTM\n---\n".utf8).write(to: exercise)
        let seen = await Self.paths(from: changes, awaiting: exercise.path, within: .seconds(60))
        #expect(seen.contains(exercise.path), "\(seen)")
    }

    @Test(arguments: Way.allCases)
    func anIdleBankReportsNothing(_ way: Way) async throws {
        let bank = try Self.bank()
        let changes = way.changes(Watcher(folders: [bank]))
        let seen = await Self.paths(from: changes, awaiting: nil, within: .seconds(1))
        #expect(seen.isEmpty, "\(seen)")
    }
}
