import Foundation

/// A file the build writes, at a path relative to the output folder it belongs to.
public struct OutputFile: Sendable, Hashable {
    /// Where a file goes: the public site, or the instructor's private folder.
    public enum Destination: String, Sendable, Hashable {
        case site, `private`
    }

    public var destination: Destination
    public var path: String
    public var contents: Data

    public init(_ destination: Destination, _ path: String, _ contents: Data) {
        self.destination = destination
        self.path = path
        self.contents = contents
    }

    public init(_ destination: Destination, _ path: String, html: String) {
        self.init(destination, path, Data(html.utf8))
    }
}
