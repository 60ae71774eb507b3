import Foundation
import Render

/// What `sitegen serve` keeps of its last build for the next one: the build record and the
/// exercise records it wrote to the build cache, so that a rebuild after an edit does not read
/// and parse them back, and the renderer that build made (its theme, macros and words), which
/// such a rebuild would otherwise load again though only exercise files changed. Trusted only while the record file on disk is the one it wrote (same size
/// and time): after a `sitegen build` from another terminal, the disk says what is true.
public final class BuildMemory: @unchecked Sendable {
    // Safe: `kept` is only touched while holding `lock`.
    private let lock = NSLock()
    private var kept: (record: BuildRecord, exercises: ExerciseRecords?, renderer: SiteRenderer?, size: Int, modified: Int64)?

    public init() {}

    /// The last build's records, if the cache on disk still holds what that build wrote.
    func recall(_ cache: BuildCache) -> (record: BuildRecord, exercises: ExerciseRecords?, renderer: SiteRenderer?)? {
        let status = FileStamp.status(of: cache.recordFile.path)
        return lock.withLock {
            guard let kept, let status, status.size == kept.size, status.modified == kept.modified else { return nil }
            return (kept.record, kept.exercises, kept.renderer)
        }
    }

    /// Keeps what a build just wrote to `cache`; nothing when the record is not on disk.
    func keep(_ record: BuildRecord, exercises: ExerciseRecords?, renderer: SiteRenderer?, writtenTo cache: BuildCache) {
        let status = FileStamp.status(of: cache.recordFile.path)
        lock.withLock { kept = status.map { (record, exercises, renderer, $0.size, $0.modified) } }
    }
}
