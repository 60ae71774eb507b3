import Foundation

/// Maps a request target to a file inside one output folder, or refuses it. Nothing outside the
/// folder is ever read: `..` and `.` segments, encoded slashes and backslashes, NUL bytes,
/// hidden files and symbolic links that lead out of the folder are all refused.
public struct SafePath: Sendable {
    public enum Resolution: Equatable, Sendable {
        case file(URL)
        /// A folder without its trailing slash: redirect so that relative links resolve.
        case redirect(String)
        case forbidden
        case notFound
    }

    /// The folder served, with symbolic links resolved.
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Resolves `path` (the part of the request target after the mount point, still
    /// percent-encoded, without query). `mount` is where the folder is mounted, for redirects.
    public func resolve(_ path: String, mount: String = "/") -> Resolution {
        guard let segments = Self.segments(of: path) else { return .forbidden }
        var url = root
        for segment in segments { url.appendPathComponent(segment) }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .notFound }
        if isFolder.boolValue {
            if !path.isEmpty && !path.hasSuffix("/") {
                return .redirect(mount + path + "/")
            }
            url.appendPathComponent("index.html")
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { return .notFound }
        }
        // A symbolic link anywhere on the way must stay inside the folder.
        let real = url.resolvingSymlinksInPath().path
        guard real.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else { return .forbidden }
        return .file(url)
    }

    /// The decoded path segments, or nil when the path tries to leave the folder or hides
    /// something in its encoding.
    static func segments(of path: String) -> [String]? {
        let lowered = path.lowercased()
        // Encoded separators and NUL are never part of a page's name here.
        for bad in ["%2f", "%5c", "%00", "\\", "\0"] where lowered.contains(bad) { return nil }
        guard let decoded = path.removingPercentEncoding else { return nil }
        var segments: [String] = []
        for raw in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            let segment = String(raw)
            // `..`, `.`, and hidden files such as `.sitegen-output`.
            if segment.hasPrefix(".") { return nil }
            if segment.contains("\\") || segment.contains("\0") { return nil }
            segments.append(segment)
        }
        return segments
    }
}
