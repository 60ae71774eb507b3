import Bank
import Foundation
import Render

/// A full write in progress: each file goes to disk, in the staging folders `OutputSwap` names,
/// as soon as it is rendered; `commit` swaps the folders in, `discard` removes them.
final class StagedOutput: PendingOutput, @unchecked Sendable {
    // Safe: `madeFolders` is only touched while holding `lock`.
    private let writer: OutputWriter
    private let staging: [OutputFile.Destination: URL]
    private let lock = NSLock()
    private var madeFolders: Set<String> = []

    init(_ writer: OutputWriter) throws(DiagnosticError) {
        self.writer = writer
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
    }

    func write(_ file: OutputFile) throws {
        let url = staging[file.destination]!.appendingPathComponent(file.path)
        let parent = url.deletingLastPathComponent()
        try lock.withLock {
            if madeFolders.insert(parent.path).inserted {
                try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            }
        }
        try FileBytes.write(file.contents, to: url.path)
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
            return nil
        } catch {
            throw writer.failure(error, "; the next build finishes the swap")
        }
    }

    /// Removes what was staged: the build failed, the previous output stays.
    func discard() {
        for temporary in staging.values { try? FileManager.default.removeItem(at: temporary) }
    }
}
