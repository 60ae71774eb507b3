import Bank
import Foundation
import Render

extension OutputWriter {
    /// What an incremental write changed.
    public struct Changes: Sendable, Equatable {
        public var written = 0, unchanged = 0, removed = 0
        public init(written: Int = 0, unchanged: Int = 0, removed: Int = 0) {
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
        }
    }
}

/// An incremental write in progress (`sitegen serve`, where the folders are being served while
/// they change): each rendered file is compared with what is on disk and only the changed ones
/// are kept, to be written by `commit` — each atomically, a temporary file renamed over the old
/// one — which also removes the files the build no longer makes. A failed build never commits,
/// so the last good output stays in place. With the build cache's stamps of the last output
/// (`known`), a file is compared by hash and read back only when the cache has no stamp for it.
/// A rebuild that renders only the files an edit touches names the files to remove instead
/// (`removing`): every other file stays.
final class ChangedOutput: PendingOutput, @unchecked Sendable {
    // Safe: `kept`, `pending` and `changes` are only touched while holding `lock`.
    private let writer: OutputWriter
    private let known: [OutputFile.Destination: [String: FileStamp]]
    private let stamps: OutputStamps?
    private let removing: [OutputFile.Destination: [String]]?
    private let lock = NSLock()
    private var kept: [OutputFile.Destination: Set<String>] = [:]
    private var pending: [OutputFile] = []
    private var changes = OutputWriter.Changes()

    init(_ writer: OutputWriter, known: [OutputFile.Destination: [String: FileStamp]] = [:], stamps: OutputStamps? = nil,
         removing: [OutputFile.Destination: [String]]? = nil) throws(DiagnosticError) {
        self.writer = writer
        self.known = known
        self.stamps = stamps
        self.removing = removing
        try writer.checkFolders()
        for (_, folder) in writer.folders { try writer.refuseForeign(folder) }
        do {
            try OutputSwap.repair(site: writer.site, privateOutput: writer.privateOutput)
        } catch {
            throw writer.failure(error)
        }
    }

    func write(_ file: OutputFile) throws {
        let folder = file.destination == .site ? writer.site : writer.privateOutput
        let path = folder.appendingPathComponent(file.path).path
        let unchanged: Bool
        if let stamps {
            let hash = ContentHash(file.contents)
            if let known = known[file.destination]?[file.path] {
                let status = FileStamp.status(of: path)
                unchanged = known.size == file.contents.count && known.hash == hash && status?.size == known.size && status?.modified == known.modified
                if unchanged { stamps.record(file.destination, file.path, known) }
            } else {
                unchanged = FileManager.default.contents(atPath: path) == file.contents
                if unchanged, let status = FileStamp.status(of: path) {
                    stamps.record(file.destination, file.path, FileStamp(size: status.size, modified: status.modified, hash: hash))
                }
            }
            if !unchanged { stamps.recordUntimed(file, hash: hash) }
        } else {
            unchanged = FileManager.default.contents(atPath: path) == file.contents
        }
        lock.withLock {
            kept[file.destination, default: [OutputWriter.marker]].insert(file.path)
            if unchanged { changes.unchanged += 1 } else { pending.append(file) }
        }
    }

    /// Writes the changed files and removes the ones no longer made.
    func commit() throws(DiagnosticError) -> OutputWriter.Changes? {
        let manager = FileManager.default
        var changes = lock.withLock { self.changes }
        do {
            for (destination, folder) in writer.folders {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                let marker = folder.appendingPathComponent(OutputWriter.marker)
                if !manager.fileExists(atPath: marker.path) { try Data().write(to: marker) }
                for file in pending where file.destination == destination {
                    let url = folder.appendingPathComponent(file.path)
                    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try FileBytes.write(file.contents, to: url.path, atomically: true)
                    changes.written += 1
                }
                if let removing {
                    for path in removing[destination] ?? [] where manager.fileExists(atPath: folder.appendingPathComponent(path).path) {
                        try manager.removeItem(at: folder.appendingPathComponent(path))
                        changes.removed += 1
                    }
                    continue
                }
                let keep = kept[destination] ?? [OutputWriter.marker]
                let existing = (try? manager.subpathsOfDirectory(atPath: folder.path)) ?? []
                // Deepest first, so that emptied folders can go after their files.
                let carried = destination == .private ? writer.kept : []
                for path in existing.sorted(by: { $0.count > $1.count })
                where !keep.contains(path) && !carried.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) {
                    let url = folder.appendingPathComponent(path)
                    var isFolder: ObjCBool = false
                    guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
                    if isFolder.boolValue {
                        if (try? manager.contentsOfDirectory(atPath: url.path))?.isEmpty == true { try manager.removeItem(at: url) }
                    } else {
                        try manager.removeItem(at: url)
                        changes.removed += 1
                    }
                }
            }
        } catch {
            throw writer.failure(error)
        }
        stamps?.time(in: writer.folders)
        return changes
    }

    /// Nothing was written: the changed files are dropped with this object.
    func discard() {}
}
