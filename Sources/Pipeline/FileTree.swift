import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files below a folder, listed with `opendir`/`readdir`: Foundation's
/// `subpathsOfDirectory` and a URL per path took a third of a build with nothing to do at 10,000
/// exercises. Folders are entered, through symbolic links too (each folder once, so a link to a
/// folder above it ends), as the bank's loader follows them; everything else is listed.
enum FileTree {
    /// The absolute paths of everything but folders below `folder` (hidden names included).
    static func files(below folder: String) -> [String] {
        var found: [String] = []
        var pending = [folder.hasSuffix("/") ? String(folder.dropLast()) : folder]
        var entered: Set<[UInt64]> = []
        while let current = pending.popLast() {
            guard let identity = folderIdentity(current), entered.insert(identity).inserted else { continue }
            guard let directory = opendir(current) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = current + "/" + name
                let kind = entry.pointee.d_type
                if kind == UInt8(DT_DIR) || ((kind == UInt8(DT_LNK) || kind == UInt8(DT_UNKNOWN)) && folderIdentity(path) != nil) {
                    pending.append(path)
                } else {
                    found.append(path)
                }
            }
        }
        return found
    }

    /// The device and inode of the folder at `path`, following links; nil when it is no folder.
    private static func folderIdentity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
