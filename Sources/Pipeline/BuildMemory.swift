import Foundation
import Render

/// What `sitegen serve` keeps of its last build for the next one: the build record and the
/// exercise records it wrote to the build cache, so that a rebuild after an edit does not read
/// and parse them back, and the renderer that build made (its theme, macros and words), which
/// such a rebuild would otherwise load again though only exercise files changed. Trusted only while the record file on disk is the one it wrote (same size
/// and time): after a `sitegen build` from another terminal, the disk says what is true.
///
/// It also writes the records to the build cache, on another core after the build has returned,
/// so that `serve` reloads the pages without waiting for them (at 10,000 exercises, a fifth of a
/// rebuild after one edit); the next build waits for that write before it reads anything.
///
/// While `serve` watches the bank and the theme, it also knows which files changed since the
/// last build (`noteChanges`): a build then stamps those again instead of every input file (at
/// 10,000 exercises, a quarter of a rebuild after one edit).
public final class BuildMemory: @unchecked Sendable {
    // Safe: `kept`, `writing` and `watching` are only touched while holding `lock`.
    private let lock = NSLock()
    private var kept: (record: BuildRecord, exercises: ExerciseRecords?, renderer: SiteRenderer?, size: Int, modified: Int64)?
    /// How long after a build its records wait to be written.
    static let writeDelay: Duration = .milliseconds(40)
    /// The write of the last build's records, until it is done.
    private var writing: Task<Void, Never>?
    /// Since when (nanoseconds since 1970) a watcher has reported every change, and the files it
    /// reported that no kept build has read since.
    private var watching: (since: Int64, changed: Set<String>)?

    public init() {}

    /// From now on every change below the watched folders is passed to `noteChanges`; a build
    /// whose inputs were all read after this call can be followed by one that trusts them.
    public func startWatching() {
        lock.withLock { watching = (nanosecondsNow(), []) }
    }

    /// Files the watcher saw change (written, created, removed; folders when it lost track).
    public func noteChanges(_ paths: [String]) {
        lock.withLock { watching?.changed.formUnion(paths) }
    }

    /// Waits until the last build's records are in the build cache (or failed to get there).
    public func settle() async {
        await lock.withLock { writing }?.value
    }

    /// The last build's records, if the cache on disk still holds what that build wrote; ask
    /// once `settle()` has returned.
    func recall(_ cache: BuildCache) -> Recalled? {
        let status = FileStamp.status(of: cache.recordFile.path)
        return lock.withLock {
            guard let kept, let status, status.size == kept.size, status.modified == kept.modified else { return nil }
            let watched = watching.map { kept.record.made >= $0.since } ?? false
            return Recalled(record: kept.record, exercises: kept.exercises, renderer: kept.renderer, watched: watched)
        }
    }

    struct Recalled {
        var record: BuildRecord
        var exercises: ExerciseRecords?
        var renderer: SiteRenderer?
        /// Whether the watcher has reported every change since that build read its inputs:
        /// then `noted()` is all that changed.
        var watched: Bool
    }

    /// The files reported so far that no build has read since; a build that succeeds reads them.
    func noted() -> Set<String> {
        lock.withLock { watching?.changed ?? [] }
    }

    /// Writes `record` and `exercises` to `cache` in the background, after any earlier write, and
    /// keeps them once they are on disk; nothing when the write fails. The write waits
    /// `writeDelay` first, so that `serve`'s reload goes out before it: begun at once, putting
    /// the records into bytes took both cores just as the reload was being sent.
    /// `read` are the reported files the build read (`noted()` when it began), which are no
    /// longer news.
    func keep(_ record: BuildRecord, exercises: ExerciseRecords?, renderer: SiteRenderer?, read: Set<String>, writingTo cache: BuildCache) {
        lock.withLock {
            kept = nil
            watching?.changed.subtract(read)
            let earlier = writing
            writing = Task.detached { [self] in
                await earlier?.value
                try? await Task.sleep(for: Self.writeDelay)
                let status = (try? cache.write(record, exercises: exercises)) == nil ? nil : FileStamp.status(of: cache.recordFile.path)
                lock.withLock { kept = status.map { (record, exercises, renderer, $0.size, $0.modified) } }
            }
        }
    }
}
