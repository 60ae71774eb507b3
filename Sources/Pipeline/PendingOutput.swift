import Bank
import Foundation
import Render

/// The write stage's half of a build in progress: render hands it each file as soon as it is
/// made, write commits them all, a failure discards them.
protocol PendingOutput: OutputSink {
    /// Puts what was handed over in place; for an incremental write, says what changed.
    func commit() throws(DiagnosticError) -> OutputWriter.Changes?
    func discard()
}

/// Where `check` sends what it renders: nowhere.
struct DiscardedOutput: PendingOutput {
    func write(_ file: OutputFile) {}
    func commit() -> OutputWriter.Changes? { nil }
    func discard() {}
}

/// Counts, by destination, the files passed on to another output.
final class CountingOutput<Base: OutputSink>: OutputSink, @unchecked Sendable {
    // Safe: `counts` is only touched while holding `lock`.
    private let base: Base
    private let lock = NSLock()
    private var counts: [OutputFile.Destination: Int] = [:]

    init(_ base: Base) { self.base = base }

    func write(_ file: OutputFile) throws {
        lock.withLock { counts[file.destination, default: 0] += 1 }
        try base.write(file)
    }

    func count(_ destination: OutputFile.Destination) -> Int { lock.withLock { counts[destination] ?? 0 } }
}
