@testable import Bank
import Foundation
import Testing

/// `FolderListing` tells folders from files as the loader needs: through symbolic links, with
/// hidden names listed, and nothing for a path that is no folder.
@Suite struct FolderListingTests {
    @Test func tellsFoldersFromFilesThroughLinks() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("sitegen-listing-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        try manager.createDirectory(at: root.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("a.md"))
        try Data().write(to: root.appendingPathComponent(".hidden"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("to-folder").path, withDestinationPath: "folder.md")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("to-file.md").path, withDestinationPath: "a.md")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("dangling").path, withDestinationPath: "nowhere")

        let entries = try #require(FolderListing.entries(of: root.path)).sorted { $0.name < $1.name }
        #expect(entries == [
            .init(name: ".hidden", isFolder: false), .init(name: "a.md", isFolder: false), .init(name: "dangling", isFolder: false),
            .init(name: "folder.md", isFolder: true), .init(name: "to-file.md", isFolder: false), .init(name: "to-folder", isFolder: true),
        ])
        #expect(FolderListing.entries(of: root.path + "/") == FolderListing.entries(of: root.path))
        #expect(FolderListing.entries(of: root.appendingPathComponent("a.md").path) == nil)
        #expect(FolderListing.entries(of: root.appendingPathComponent("missing").path) == nil)
        #expect(FolderListing.isFolder(root.appendingPathComponent("to-folder").path))
        #expect(!FolderListing.isFolder(root.appendingPathComponent("to-file.md").path))
    }
}
