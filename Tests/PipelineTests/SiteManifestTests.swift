import Foundation
import Testing
import TestSupport

/// Every byte the seed bank builds into `site/` and `private/`, pinned as a manifest of paths, sizes
/// and content hashes: a change to the build's speed must not change its output. Re-record on
/// purpose with `SNAPSHOT_RECORD=1 swift test --filter SiteManifestTests` (the one snapshot variable),
/// then review the diff and run again without it.
@Suite struct SiteManifestTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/seed-site-manifest.txt")

    @Test func seedBankBuildsTheSameBytes() async throws {
        let build = try TestBuild()
        try await build.run()
        let produced = Self.manifest(["site": build.options.site, "private": build.options.privateOutput])
        if Snapshot.isRecording {
            try Data(produced.utf8).write(to: Self.golden)
            Issue.record("recorded \(Self.golden.lastPathComponent); review the diff and run again without \(Snapshot.recordVariable)=1")
            return
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        let changed = Self.differences(expected, produced)
        #expect(changed.isEmpty, "output changed: \(changed.joined(separator: ", ")); if on purpose, re-record with \(Snapshot.recordVariable)=1")
    }

    /// One line per file, sorted: `folder/path size hash`.
    static func manifest(_ folders: [String: URL]) -> String {
        var lines: [String] = []
        for (name, folder) in folders {
            for (path, data) in TestBuild.files(in: folder) {
                lines.append("\(name)/\(path) \(data.count) \(String(fnv1a(data), radix: 16))")
            }
        }
        return lines.sorted().joined(separator: "\n") + "\n"
    }

    /// The paths whose line differs between two manifests.
    static func differences(_ old: String, _ new: String) -> [String] {
        func entries(_ text: String) -> [String: Substring] {
            Dictionary(text.split(separator: "\n").map { line in
                (String(line.split(separator: " ").first ?? ""), line)
            }, uniquingKeysWith: { first, _ in first })
        }
        let before = entries(old), after = entries(new)
        return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    /// 64-bit FNV-1a: a fingerprint of the bytes, enough to notice any change.
    static func fnv1a(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
