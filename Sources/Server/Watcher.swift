import Foundation
import Synchronization

/// Notices changes below a set of folders: with inotify on Linux (no CPU while nothing changes),
/// otherwise by comparing, every poll, each file's path, size and modification time.
struct Watcher: Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Double
    }

    var folders: [URL]

    /// Every regular file below the folders (hidden files and editors' swap files excluded).
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let manager = FileManager.default
        for folder in folders {
            let root = folder.resolvingSymlinksInPath()
            guard let names = try? manager.subpathsOfDirectory(atPath: root.path) else { continue }
            for name in names {
                if Self.ignores((name as NSString).lastPathComponent) { continue }
                let path = root.appendingPathComponent(name).path
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                stamps[path] = Stamp(size: (attributes[.size] as? NSNumber)?.intValue ?? 0,
                                     modified: (attributes[.modificationDate] as? Date)?.timeIntervalSinceReferenceDate ?? 0)
            }
        }
        return stamps
    }

    /// The paths that differ between two snapshots: added, removed or changed.
    static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
    }

    /// Hidden files and editors' backup and swap files.
    static func ignores(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp")
    }

    /// The changed files' paths, one sorted batch per burst of changes, until the consuming task is
    /// cancelled. Uses inotify on a thread of its own when it can, else polls every `pollInterval`.
    func changes(pollInterval: Duration) -> AsyncStream<[String]> {
        #if canImport(Glibc)
        if let inotify = Inotify(roots: folders) {
            return AsyncStream { continuation in
                continuation.onTermination = { _ in inotify.stop() }
                Thread.detachNewThread {
                    while let changed = inotify.nextChanges() {
                        if !changed.isEmpty { continuation.yield(changed) }
                    }
                    continuation.finish()
                }
            }
        }
        #endif
        return polledChanges(every: pollInterval)
    }

    /// The portable fallback: a snapshot every `interval`, then 40 ms more for the burst to settle.
    /// Polls on a thread of its own, like inotify, so a busy task pool (a build in progress) never
    /// delays noticing an edit.
    func polledChanges(every interval: Duration) -> AsyncStream<[String]> {
        AsyncStream { continuation in
            let stopped = StopFlag()
            continuation.onTermination = { _ in stopped.stop() }
            let baseline = snapshot()
            let pause = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
            Thread.detachNewThread {
                var last = baseline
                while !stopped.isStopped {
                    Thread.sleep(forTimeInterval: pause)
                    let now = snapshot()
                    guard !Self.changes(from: last, to: now).isEmpty else { continue }
                    Thread.sleep(forTimeInterval: 0.040)
                    let settled = snapshot()
                    continuation.yield(Self.changes(from: last, to: settled))
                    last = settled
                }
                continuation.finish()
            }
        }
    }
}

/// Set once, from the stream's termination, and read by the polling thread.
private final class StopFlag: Sendable {
    private let flag = Mutex(false)
    var isStopped: Bool { flag.withLock { $0 } }
    func stop() { flag.withLock { $0 = true } }
}
