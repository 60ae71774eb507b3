import Bank
import Foundation
import Render

extension OutputWriter {
    /// What an incremental write changed.
    public struct Changes: Sendable, Equatable {
        public var written = 0, unchanged = 0, removed = 0
        public init() {}
    }

    /// Writes only the files whose bytes differ from what is on disk (each one atomically: a
    /// temporary file renamed over the old one) and removes files the build no longer makes.
    /// Used by `sitegen serve`, where the folders are being served while they change; a failed
    /// build never gets here, so the last good output stays in place.
    public func writeChanged(_ files: [OutputFile]) throws(DiagnosticError) -> Changes {
        var changes = Changes()
        let targets: [(OutputFile.Destination, URL)] = [(.site, site), (.private, privateOutput)]
        for (_, folder) in targets { try refuseForeign(folder) }
        let manager = FileManager.default
        do {
            for (destination, folder) in targets {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                let marker = folder.appendingPathComponent(Self.marker)
                if !manager.fileExists(atPath: marker.path) { try Data().write(to: marker) }
                var kept: Set<String> = [Self.marker]
                for file in files where file.destination == destination {
                    kept.insert(file.path)
                    let url = folder.appendingPathComponent(file.path)
                    if manager.contents(atPath: url.path) == file.contents {
                        changes.unchanged += 1
                        continue
                    }
                    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try file.contents.write(to: url, options: .atomic)
                    changes.written += 1
                }
                let existing = (try? manager.subpathsOfDirectory(atPath: folder.path)) ?? []
                // Deepest first, so that emptied folders can go after their files.
                for path in existing.sorted(by: { $0.count > $1.count }) where !kept.contains(path) {
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
            throw DiagnosticError(stage: .write, diagnostics: [
                .error(at: SourceLocation(file: site.path, line: 1), "cannot write the output: \(error.localizedDescription)"),
            ])
        }
        return changes
    }
}
