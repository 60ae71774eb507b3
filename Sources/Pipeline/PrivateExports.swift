import Bank
import Foundation
import Render

/// `private/exports/`: the LMS packages `sitegen export` wrote. A build carries the folder over
/// into the new private output and lists its files in the manifest and the private index;
/// nothing of it ever goes to the site.
public enum PrivateExports {
    /// The export files in a private output, as paths below it (`exports/<name>/moodle.xml`), sorted.
    public static func files(in privateOutput: URL) -> [String] {
        let folder = privateOutput.appendingPathComponent(DocumentManifest.exportsFolder)
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
        return paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
                && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }.map { "\(DocumentManifest.exportsFolder)/\($0)" }.sorted()
    }

    /// Writes the files of export `name` into `writer.privateOutput/exports/<name>/`, each
    /// atomically, and lists them in the manifest and the index when a build has written those.
    /// Checks first that the private output is sitegen's (or new) and apart from the site.
    public static func write(_ files: [(name: String, contents: Data)], export name: String,
                             writer: OutputWriter) throws(DiagnosticError) -> [URL] {
        try writer.checkFolders()
        try writer.refuseForeign(writer.privateOutput)
        let folder = writer.privateOutput.appendingPathComponent(DocumentManifest.exportsFolder).appendingPathComponent(name)
        var written: [URL] = []
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let marker = writer.privateOutput.appendingPathComponent(OutputWriter.marker)
            if !FileManager.default.fileExists(atPath: marker.path) { try Data().write(to: marker) }
            for file in files {
                let url = folder.appendingPathComponent(file.name)
                try file.contents.write(to: url, options: .atomic)
                written.append(url)
            }
            if var manifest = DocumentManifest.read(from: writer.privateOutput) {
                manifest.documents.removeAll { $0.kind == .export }
                manifest.documents += Self.files(in: writer.privateOutput).map(PrivateIndex.exportDocument)
                try manifest.write(to: writer.privateOutput)
                try Data(PrivateIndex.html(manifest).utf8).write(to: writer.privateOutput.appendingPathComponent(PrivateIndex.path))
            }
        } catch {
            throw writer.failure(error)
        }
        return written
    }
}
