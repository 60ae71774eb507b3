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
public final class BuildMemory: @unchecked Sendable {
    // Safe: `kept` and `writing` are only touched while holding `lock`.
    private let lock = NSLock()
    private var kept: (record: BuildRecord, exercises: ExerciseRecords?, renderer: SiteRenderer?, size: Int, modified: Int64)?
    /// The write of the last build's records, until it is done.
    private var writing: Task<Void, Never>?

    public init() {}

    /// Waits until the last build's records are in the build cache (or failed to get there).
    public func settle() async {
        await lock.withLock { writing }?.value
    }

    /// The last build's records, if the cache on disk still holds what that build wrote; ask
    /// once `settle()` has returned.
    func recall(_ cache: BuildCache) -> (record: BuildRecord, exercises: ExerciseRecords?, renderer: SiteRenderer?)? {
        let status = FileStamp.status(of: cache.recordFile.path)
        return lock.withLock {
            guard let kept, let status, status.size == kept.size, status.modified == kept.modified else { return nil }
            return (kept.record, kept.exercises, kept.renderer)
        }
    }

    /// Writes `record` and `exercises` to `cache` in the background, after any earlier write, and
    /// keeps them once they are on disk; nothing when the write fails.
    func keep(_ record: BuildRecord, exercises: ExerciseRecords?, renderer: SiteRenderer?, writingTo cache: BuildCache) {
        lock.withLock {
            kept = nil
            let earlier = writing
            writing = Task.detached { [self] in
                await earlier?.value
                let status = (try? cache.write(record, exercises: exercises)) == nil ? nil : FileStamp.status(of: cache.recordFile.path)
                lock.withLock { kept = status.map { (record, exercises, renderer, $0.size, $0.modified) } }
            }
        }
    }
}
