import Bank
import Foundation
import Render
#if canImport(Glibc)
import Glibc
#endif

/// A full write in progress: each file goes to disk, in the staging folders `OutputSwap` names,
/// as soon as it is rendered; `commit` swaps the folders in, `discard` removes them.
///
/// With the build cache's stamps of the last output (`known`), a file whose bytes are those of
/// the file already in place is not written again but hard-linked into the staging folder: a
/// rebuild after one edit writes a few files and links the rest, and is still swapped in whole.
final class StagedOutput: PendingOutput, @unchecked Sendable {
    // Safe: `changes` is only touched while holding `lock`.
    private let writer: OutputWriter
    private let staging: [OutputFile.Destination: URL]
    private let files: FolderOutput
    /// The output folders in place, whose files an unchanged file is linked from.
    private let current: FolderOutput
    private let known: [OutputFile.Destination: [String: FileStamp]]
    private let stamps: OutputStamps?
    private let lock = NSLock()
    private var changes = OutputWriter.Changes()

    init(_ writer: OutputWriter, known: [OutputFile.Destination: [String: FileStamp]] = [:], stamps: OutputStamps? = nil) throws(DiagnosticError) {
        self.writer = writer
        current = FolderOutput(Dictionary(uniqueKeysWithValues: writer.folders))
        self.known = known
        self.stamps = stamps
        try writer.checkFolders()
        for (_, folder) in writer.folders { try writer.refuseForeign(folder) }
        let swap = OutputSwap(site: writer.site, privateOutput: writer.privateOutput)
        let staging: [OutputFile.Destination: URL] = [.site: swap.siteNew, .private: swap.privateNew]
        do {
            try OutputSwap.repair(site: writer.site, privateOutput: writer.privateOutput)
            for temporary in staging.values {
                try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
                try Data().write(to: temporary.appendingPathComponent(OutputWriter.marker))
            }
            // The private output holds its own staging folder: mark it as ours when it is new.
            let marker = writer.privateOutput.appendingPathComponent(OutputWriter.marker)
            if !FileManager.default.fileExists(atPath: marker.path) { try Data().write(to: marker) }
        } catch {
            for temporary in staging.values { try? FileManager.default.removeItem(at: temporary) }
            throw writer.failure(error, "; the previous output is unchanged")
        }
        self.staging = staging
        files = FolderOutput(staging)
    }

    func write(_ file: OutputFile) throws {
        guard let stamps else { return try files.write(file) }
        let path = try files.place(file)
        let hash = ContentHash(file.contents)
        if let known = known[file.destination]?[file.path], known.size == file.contents.count, known.hash == hash,
           linked(file, to: path, as: known) {
            stamps.record(file.destination, file.path, known)
            lock.withLock { changes.unchanged += 1 }
        } else {
            try FileBytes.write(file.contents, to: path)
            stamps.recordUntimed(file, hash: hash)
            lock.withLock { changes.written += 1 }
        }
    }

    /// Links the file in place into the staging folder, if it is still as the cache knows it.
    private func linked(_ file: OutputFile, to path: String, as known: FileStamp) -> Bool {
        let old = current.path(of: file)
        guard let status = FileStamp.status(of: old), status.size == known.size, status.modified == known.modified else { return false }
        return link(old, path) == 0
    }

    /// Carries `writer.kept` over from the old private output, then swaps both staged folders in,
    /// journalled (`OutputSwap`).
    func commit() throws(DiagnosticError) -> OutputWriter.Changes? {
        do {
            for path in writer.kept where !path.split(separator: "/").contains("..") {
                let old = writer.privateOutput.appendingPathComponent(path), new = staging[.private]!.appendingPathComponent(path)
                guard FileManager.default.fileExists(atPath: old.path), !FileManager.default.fileExists(atPath: new.path) else { continue }
                try FileManager.default.createDirectory(at: new.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: old, to: new)
            }
        } catch {
            discard()
            throw writer.failure(error, "; the previous output is unchanged")
        }
        do {
            try OutputSwap(site: writer.site, privateOutput: writer.privateOutput).perform()
            guard let stamps else { return nil }
            stamps.time(in: writer.folders)
            let made = stamps.all
            var changes = lock.withLock { self.changes }
            changes.removed = known.reduce(0) { total, entry in total + entry.value.keys.filter { made[entry.key]?[$0] == nil }.count }
            return known.isEmpty ? nil : changes
        } catch {
            throw writer.failure(error, "; the next build finishes the swap")
        }
    }

    /// Removes what was staged: the build failed, the previous output stays.
    func discard() {
        for temporary in staging.values { try? FileManager.default.removeItem(at: temporary) }
    }
}
