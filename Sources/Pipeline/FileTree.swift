import Bank
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files below a folder, listed with `FolderListing` (`opendir`/`readdir`): Foundation's
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
            for entry in FolderListing.entries(of: current) ?? [] {
                let path = current + "/" + entry.name
                if entry.isFolder { pending.append(path) } else { found.append(path) }
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
