import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the build cache remembers of a file: its size and modification time, a cheap check that
/// it is the file last seen, and the hash of its bytes, which decides.
struct FileStamp: Hashable, Sendable {
    var size: Int
    /// Nanoseconds since 1970.
    var modified: Int64
    var hash: ContentHash

    /// Size and modification time of a regular file, following symbolic links; nil for anything else.
    static func status(of path: String) -> (size: Int, modified: Int64)? {
        var info = stat()
        return stat(path, &info) == 0 ? regularFile(info) : nil
    }

    /// The same, of `path` inside the folder open as `folder` (`inFolder`): the kernel then walks
    /// only the path's own names, not the folder's again for each of 20,000 output files.
    static func status(of path: String, in folder: Int32) -> (size: Int, modified: Int64)? {
        var info = stat()
        return fstatat(folder, path, &info, 0) == 0 ? regularFile(info) : nil
    }

    /// `body` with the folder at `path` open, for `status(of:in:)`; nil when it cannot be opened.
    static func inFolder<T>(_ path: String, _ body: (Int32) -> T) -> T? {
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return nil }
        defer { close(folder) }
        return body(folder)
    }

    private static func regularFile(_ info: stat) -> (size: Int, modified: Int64)? {
        guard info.st_mode & S_IFMT == S_IFREG else { return nil }
        return (Int(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    /// The file's stamp, re-reading its bytes only when its size or time differ from `known`'s
    /// or when it was modified so close to `known`'s making that a change in the same clock tick
    /// could hide behind an equal time. Nil when it is not a readable regular file.
    static func of(_ path: String, known: FileStamp?, since recorded: Int64 = 0) -> FileStamp? {
        guard let (size, modified) = status(of: path) else { return nil }
        if let known, known.size == size, known.modified == modified, modified < recorded - racyWindow { return known }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return FileStamp(size: data.count, modified: modified, hash: ContentHash(data))
    }

    /// Files modified this close (in nanoseconds) before a record was made are hashed again.
    static let racyWindow: Int64 = 2_000_000_000

    init(size: Int, modified: Int64, hash: ContentHash) {
        self.size = size
        self.modified = modified
        self.hash = hash
    }
}

/// Nanoseconds since 1970, now.
func nanosecondsNow() -> Int64 {
    Int64(Date().timeIntervalSince1970 * 1_000_000_000)
}
