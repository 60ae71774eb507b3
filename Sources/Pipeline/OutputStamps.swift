import Foundation
import Render

/// The stamps of the files a write leaves on disk, for the build cache: hashed when rendered,
/// timed once they are in place. Safe to fill from many rendering tasks at once.
final class OutputStamps: @unchecked Sendable {
    // Safe: `stamps` and `untimed` are only touched while holding `lock`.
    private let lock = NSLock()
    private var stamps: [OutputFile.Destination: [String: FileStamp]] = [:]
    private var untimed: [OutputFile.Destination: [String: (size: Int, hash: ContentHash)]] = [:]

    /// A file known to be on disk as `stamp` says.
    func record(_ destination: OutputFile.Destination, _ path: String, _ stamp: FileStamp) {
        lock.withLock { stamps[destination, default: [:]][path] = stamp }
    }

    /// A file about to be written, whose time is read by `time(in:)` once it is in place.
    func recordUntimed(_ file: OutputFile, hash: ContentHash) {
        lock.withLock { untimed[file.destination, default: [:]][file.path] = (file.contents.count, hash) }
    }

    /// Reads the time of every file recorded untimed, now in `folders`; a file that is not there
    /// is left out, so that the next build writes it again.
    func time(in folders: [(OutputFile.Destination, URL)]) {
        lock.withLock {
            for (destination, folder) in folders {
                for (path, made) in untimed[destination] ?? [:] {
                    guard let (size, modified) = FileStamp.status(of: folder.appendingPathComponent(path).path), size == made.size else { continue }
                    stamps[destination, default: [:]][path] = FileStamp(size: size, modified: modified, hash: made.hash)
                }
            }
            untimed = [:]
        }
    }

    var all: [OutputFile.Destination: [String: FileStamp]] { lock.withLock { stamps } }
}
