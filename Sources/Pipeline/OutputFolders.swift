import Bank
import Foundation

extension OutputWriter {
    /// `--out` and `--private-out` must be two separate folders: the same folder, or one inside
    /// the other, would publish the answer keys or lose the site. Checked before anything is read
    /// or written.
    public func checkFolders() throws(DiagnosticError) {
        let site = Self.resolved(self.site), keys = Self.resolved(privateOutput)
        let problem: String? =
            if site.path == keys.path {
                "--out and --private-out are the same folder `\(site.path)`: the answer keys would be published with the site; give each its own folder"
            } else if Self.isInside(keys, site) {
                "the private output `\(keys.path)` is inside the site folder `\(site.path)`: the answer keys would be published; put it outside"
            } else if Self.isInside(site, keys) {
                "the site folder `\(site.path)` is inside the private output `\(keys.path)`: each build would replace the other; put them side by side"
            } else { nil }
        if let problem {
            throw DiagnosticError(stage: .write, diagnostics: [.error(at: SourceLocation(file: site.path, line: 1), problem)])
        }
    }

    static func isInside(_ inner: URL, _ outer: URL) -> Bool {
        outer.path == "/" || inner.path.hasPrefix(outer.path + "/")
    }

    /// The folder as the file system reaches it: symbolic links of the part that exists resolved,
    /// the rest (not made yet) appended.
    static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL, missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var result = existing.resolvingSymlinksInPath()
        for name in missing { result.appendPathComponent(name) }
        return URL(fileURLWithPath: result.standardizedFileURL.path, isDirectory: false)
    }
}
