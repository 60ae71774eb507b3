import Bank
import Foundation
import Render

/// Stage 5, write: puts every file in a fresh folder beside its destination and swaps it in only
/// when all of them are written, so a failed build leaves the previous output as it was.
public struct OutputWriter {
    /// Marks a folder as sitegen's, so that a build never replaces a folder it did not make.
    static let marker = ".sitegen-output"

    public var site: URL
    public var privateOutput: URL

    public init(site: URL, privateOutput: URL) {
        self.site = site.standardizedFileURL
        self.privateOutput = privateOutput.standardizedFileURL
    }

    public func write(_ files: [OutputFile]) throws(DiagnosticError) {
        let targets: [(OutputFile.Destination, URL)] = [(.site, site), (.private, privateOutput)]
        for (_, folder) in targets { try refuseForeign(folder) }
        var staged: [(URL, URL)] = []
        do {
            for (destination, folder) in targets {
                let temporary = folder.deletingLastPathComponent()
                    .appendingPathComponent(".\(folder.lastPathComponent).sitegen-new")
                try? FileManager.default.removeItem(at: temporary)
                try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
                try Data().write(to: temporary.appendingPathComponent(Self.marker))
                for file in files where file.destination == destination {
                    let url = temporary.appendingPathComponent(file.path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try file.contents.write(to: url)
                }
                staged.append((temporary, folder))
            }
            for (temporary, folder) in staged { try swap(temporary, into: folder) }
        } catch {
            for (temporary, _) in staged { try? FileManager.default.removeItem(at: temporary) }
            throw DiagnosticError(stage: .write, diagnostics: [
                .error(at: SourceLocation(file: site.path, line: 1), "cannot write the output: \(error.localizedDescription); the previous output is unchanged"),
            ])
        }
    }

    private func swap(_ temporary: URL, into folder: URL) throws {
        let old = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).sitegen-old")
        try? FileManager.default.removeItem(at: old)
        if FileManager.default.fileExists(atPath: folder.path) {
            try FileManager.default.moveItem(at: folder, to: old)
        }
        try FileManager.default.moveItem(at: temporary, to: folder)
        try? FileManager.default.removeItem(at: old)
    }

    /// An existing, non-empty folder without our marker is somebody else's: never replace it.
    func refuseForeign(_ folder: URL) throws(DiagnosticError) {
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if !contents.isEmpty && !contents.contains(Self.marker) {
            throw DiagnosticError(stage: .write, diagnostics: [
                .error(at: SourceLocation(file: folder.path, line: 1),
                       "this folder exists and was not made by sitegen; choose an empty or new output folder"),
            ])
        }
    }
}
