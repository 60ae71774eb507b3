import Bank
import Foundation
import SiteInspection
import Testing

/// A real build lists every private document in `documents.json` and links it from `private/index.html`.
@Suite struct PrivateIndexBuildTests {
    @Test func theManifestAndTheIndexListEveryPrivateDocument() async throws {
        let build = try TestBuild(bank: try VariantBuildTests.bankWithVariants(2, seed: 7))
        try await build.run()
        let manifest = try #require(DocumentManifest.read(from: build.options.privateOutput))
        let written = TestBuild.files(in: build.options.privateOutput).keys
            .filter { $0.hasPrefix("exams/") && ($0.hasSuffix(".html") || $0.hasSuffix(".json") || $0.hasSuffix(".csv")) }
        #expect(Set(manifest.documents.map(\.path)) == Set(written))
        #expect(manifest.documents.count == written.count)
        let variants = manifest.documents.filter { $0.exam == "dl-2019-01-22" && $0.kind == .student }.map(\.variant)
        #expect(variants == [nil, "A", "B"])
        let index = try build.privateHTML("index.html")
        let links = Set(index.all("a").compactMap { $0["href"] })
        #expect(links == Set(written))
    }
}
