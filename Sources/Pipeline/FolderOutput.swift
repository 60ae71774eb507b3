import Foundation
import Render

/// Files written straight into one folder per destination as render hands them over: each
/// parent folder made once, the bytes through `FileBytes`. The staged write's way of putting a
/// file on disk, and the variant benchmark's output.
public final class FolderOutput: OutputSink, @unchecked Sendable {
    // Safe: `made` is only touched while holding `lock`.
    /// Each destination's folder, as a path ending in "/".
    private let folders: [OutputFile.Destination: String]
    private let lock = NSLock()
    private var made: Set<Substring> = []

    init(_ folders: [OutputFile.Destination: URL]) {
        self.folders = folders.mapValues { $0.path.hasSuffix("/") ? $0.path : $0.path + "/" }
    }

    public convenience init(site: URL, privateOutput: URL) { self.init([.site: site, .private: privateOutput]) }

    /// The path `file` goes to, its folder made. Paths are joined as text: a `URL` for each of
    /// 10,000 pages took 3 % of a build.
    func place(_ file: OutputFile) throws -> String {
        let path = path(of: file)
        let parent = path[..<(path.lastIndex(of: "/") ?? path.endIndex)]
        try lock.withLock {
            if made.insert(parent).inserted {
                try FileManager.default.createDirectory(atPath: String(parent), withIntermediateDirectories: true)
            }
        }
        return path
    }

    /// The path `file` has in these folders.
    func path(of file: OutputFile) -> String {
        folders[file.destination]! + file.path
    }

    public func write(_ file: OutputFile) throws {
        try FileBytes.write(file.contents, to: place(file))
    }
}
