import Foundation

/// What `sitegen serve` keeps of its last build for the next one: the build record and the
/// exercise records it wrote to the build cache, so that a rebuild after an edit does not read
/// and parse them back. Trusted only while the record file on disk is the one it wrote (same size
/// and time): after a `sitegen build` from another terminal, the disk says what is true.
public final class BuildMemory: @unchecked Sendable {
    // Safe: `kept` is only touched while holding `lock`.
    private let lock = NSLock()
    private var kept: (record: BuildRecord, exercises: ExerciseRecords?, size: Int, modified: Int64)?

    public init() {}

    /// The last build's records, if the cache on disk still holds what that build wrote.
    func recall(_ cache: BuildCache) -> (record: BuildRecord, exercises: ExerciseRecords?)? {
        let status = FileStamp.status(of: cache.recordFile.path)
        return lock.withLock {
            guard let kept, let status, status.size == kept.size, status.modified == kept.modified else { return nil }
            return (kept.record, kept.exercises)
        }
    }

    /// Keeps what a build just wrote to `cache`; nothing when the record is not on disk.
    func keep(_ record: BuildRecord, exercises: ExerciseRecords?, writtenTo cache: BuildCache) {
        let status = FileStamp.status(of: cache.recordFile.path)
        lock.withLock { kept = status.map { (record, exercises, $0.size, $0.modified) } }
    }
}
