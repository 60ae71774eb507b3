import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The names in one folder and which of them are folders (through symbolic links too), read with
/// `opendir`/`readdir`: the kind of most entries comes with the name, so listing 10,000 exercise
/// files costs no system call per file, where Foundation's listing and a folder test per name
/// took 80 ms before anything else of the build could start.
public enum FolderListing {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var isFolder: Bool
    }

    /// Every entry of the folder at `path` but `.` and `..`, hidden ones included, in the order
    /// the file system gives; nil when it cannot be opened.
    public static func entries(of path: String) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let kind = entry.pointee.d_type
            // A link, or a file system that does not say: ask about what the name leads to.
            let isFolder = kind == UInt8(DT_DIR) || ((kind == UInt8(DT_LNK) || kind == UInt8(DT_UNKNOWN)) && Self.isFolder(folder + "/" + name))
            entries.append(Entry(name: name, isFolder: isFolder))
        }
        return entries
    }

    /// Whether `path` is a folder, following links.
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
