import Foundation

/// Notices changes below a set of folders by comparing, every poll, each file's path, size and
/// modification time. Polling is portable and cheap for a question bank of a few hundred files.
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
                let last = (name as NSString).lastPathComponent
                if last.hasPrefix(".") || last.hasSuffix("~") || last.hasSuffix(".swp") { continue }
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
}
