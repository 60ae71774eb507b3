import Foundation
import TestSupport
import Logging
import Pipeline
import Scaffold
import Server

/// A new course (the `sitegen init` skeleton) in a temporary folder, served on a free port of
/// 127.0.0.1 for the length of one test: `with` starts the server, runs the body and stops it.
struct ServedCourse {
    let folder: URL
    let options: BuildOptions

    init() throws {
        folder = Scratch.url("sitegen-serve")
        try CourseSkeleton(title: "Served Course", code: "SRV-1").write(to: folder)
        options = BuildOptions.defaults(in: folder)
    }

    func url(_ path: String) -> URL { folder.appendingPathComponent(path) }

    /// Runs `body` with a running server and its port; the server stops when `body` returns or
    /// throws, and the whole test gives up after `limit` (a hang guard, not a speed check: on 2 shared cores the other
    /// suites' builds can slow the first build of the course a lot).
    func with<T: Sendable>(limit: Duration = .seconds(1800),
                           _ body: @escaping @Sendable (DevServer, Int) async throws -> T) async throws -> T {
        var logger = Logger(label: "sitegen-test")
        logger.logLevel = .error
        let server = DevServer(options: ServeOptions(build: options, port: 0, pollInterval: .milliseconds(100)), logger: logger, say: { _ in })
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        let serving = Task { try await server.run { portSink.yield($0) } }
        defer { serving.cancel() }
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                var iterator = ports.makeAsyncIterator()
                guard let port = await iterator.next() else { throw LoopbackConnection.Failure("the server did not start") }
                return try await body(server, port)
            }
            group.addTask {
                try await Task.sleep(for: limit)
                throw LoopbackConnection.Failure("the test took longer than \(limit)")
            }
            let result = try await group.next()!
            group.cancelAll()
            serving.cancel()
            _ = await serving.result
            return result!
        }
    }
}
