import Bank
import Foundation
import Render

/// A full write in progress: each file goes to disk, in a fresh folder beside its destination,
/// as soon as it is rendered; `commit` swaps the folders in, `discard` removes them.
final class StagedOutput: PendingOutput, @unchecked Sendable {
    // Safe: `madeFolders` is only touched while holding `lock`.
    private let writer: OutputWriter
    private let staging: [OutputFile.Destination: URL]
    private let lock = NSLock()
    private var madeFolders: Set<String> = []

    init(_ writer: OutputWriter) throws(DiagnosticError) {
        self.writer = writer
        for (_, folder) in writer.folders { try writer.refuseForeign(folder) }
        var staging: [OutputFile.Destination: URL] = [:]
        do {
            for (destination, folder) in writer.folders {
                let temporary = folder.deletingLastPathComponent()
                    .appendingPathComponent(".\(folder.lastPathComponent).sitegen-new")
                try? FileManager.default.removeItem(at: temporary)
                try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
                try Data().write(to: temporary.appendingPathComponent(OutputWriter.marker))
                staging[destination] = temporary
            }
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
        try file.contents.write(to: url)
    }

    /// Swaps every staged folder in place of its destination.
    func commit() throws(DiagnosticError) -> OutputWriter.Changes? {
        do {
            for (destination, folder) in writer.folders { try writer.swap(staging[destination]!, into: folder) }
            return nil
        } catch {
            discard()
            throw writer.failure(error, "; the previous output is unchanged")
        }
    }

    /// Removes what was staged: the build failed, the previous output stays.
    func discard() {
        for temporary in staging.values { try? FileManager.default.removeItem(at: temporary) }
    }
}
