import Foundation
import Render

/// Files written straight into one folder per destination as render hands them over: each
/// parent folder made once, the bytes through `FileBytes`. The staged write's way of putting a
/// file on disk, and the variant benchmark's output.
public final class FolderOutput: OutputSink, @unchecked Sendable {
    // Safe: `made` is only touched while holding `lock`.
    private let folders: [OutputFile.Destination: URL]
    private let lock = NSLock()
    private var made: Set<String> = []

    init(_ folders: [OutputFile.Destination: URL]) { self.folders = folders }

    public convenience init(site: URL, privateOutput: URL) { self.init([.site: site, .private: privateOutput]) }

    /// Where `file` goes, its folder made.
    func place(_ file: OutputFile) throws -> URL {
        let url = folders[file.destination]!.appendingPathComponent(file.path)
        let parent = url.deletingLastPathComponent()
        try lock.withLock {
            if made.insert(parent.path).inserted {
                try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            }
        }
        return url
    }

    public func write(_ file: OutputFile) throws {
        try FileBytes.write(file.contents, to: place(file).path)
    }
}
