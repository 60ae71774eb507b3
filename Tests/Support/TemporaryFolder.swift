import Foundation

/// A new folder under the system's temporary folder, removed with everything in it when the last
/// reference goes away: hold it for the length of a test.
public final class TemporaryFolder: Sendable {
    public let url: URL

    /// An empty folder; `files` (paths relative to it, text) are written into it first.
    public init(_ prefix: String = "sitegen-test", files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, text) in files { try write(text, to: path) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A path inside the folder.
    public func url(_ path: String) -> URL { url.appendingPathComponent(path) }

    /// Writes `text` at `path` inside the folder, creating the folders on the way.
    public func write(_ text: String, to path: String) throws {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// The text of a file inside the folder.
    public func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }
}
