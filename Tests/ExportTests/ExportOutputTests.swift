import Bank
import Export
import Foundation
import Pipeline
import Testing
import TestSupport

/// Where exports go and stay: `private/exports/<name>/`, kept by every later build, listed in
/// the manifest and the private index, never in `site/`; the same bytes on every run.
@Suite struct ExportOutputTests {
    static func options() throws -> BuildOptions {
        let folder = Scratch.url("sitegen-export")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var options = BuildOptions.defaults(in: ExportFixture.repository)
        options.site = folder.appendingPathComponent("site")
        options.privateOutput = folder.appendingPathComponent("private")
        return options
    }

    @Test func theThreeFilesHaveTheirNamesAndABuildKeepsAndListsThem() async throws {
        let options = try Self.options()
        try await SiteBuilder(options: options).build()
        let report = try Exporter(names: ["dl-2019-01-22"], formats: ExportFormat.allCases, variants: 2).run(options: options)
        let folder = options.privateOutput.appendingPathComponent("exports/dl-2019-01-22")
        #expect(report.files.map(\.lastPathComponent) == ["moodle.xml", "qti-2.1.zip", "canvas-qti-1.2.zip"])
        for file in report.files { #expect(file.deletingLastPathComponent().standardizedFileURL.path == folder.standardizedFileURL.path) }
        let before = try Data(contentsOf: folder.appendingPathComponent("moodle.xml"))

        // A full build replaces private/ but carries the exports over, and lists them.
        try await SiteBuilder(options: options).build()
        #expect(try Data(contentsOf: folder.appendingPathComponent("moodle.xml")) == before)
        let manifest = try #require(DocumentManifest.read(from: options.privateOutput))
        let listed = manifest.documents.filter { $0.kind == .export }.map(\.path)
        #expect(listed == ["exports/dl-2019-01-22/canvas-qti-1.2.zip", "exports/dl-2019-01-22/moodle.xml", "exports/dl-2019-01-22/qti-2.1.zip"])
        let index = try String(contentsOf: options.privateOutput.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"exports/dl-2019-01-22/moodle.xml\""))
        // Nothing of an export is in the site.
        let site = (try? FileManager.default.subpathsOfDirectory(atPath: options.site.path)) ?? []
        #expect(!site.isEmpty)
        #expect(!site.contains { $0.contains("export") || $0.hasSuffix(".zip") || $0.hasSuffix("moodle.xml") })
    }

    @Test func anIncrementalBuildKeepsTheExportsToo() async throws {
        var options = try Self.options()
        try await SiteBuilder(options: options).build()
        _ = try Exporter(names: ["cnn"], formats: [.moodle]).run(options: options)
        options.incremental = true
        try await SiteBuilder(options: options).build()
        #expect(FileManager.default.fileExists(atPath: options.privateOutput.appendingPathComponent("exports/cnn/moodle.xml").path))
    }

    @Test func theSameExportGivesTheSameBytes() throws {
        let first = try ExportFixture.packages(["dl-practice-2026"], variants: 2)
        let second = try ExportFixture.packages(["dl-practice-2026"], variants: 2)
        #expect(first.keys.sorted() == ["canvas-qti-1.2.zip", "moodle.xml", "qti-2.1.zip"])
        for (name, data) in first { #expect(second[name] == data, "\(name) differs between two runs") }
    }

    @Test func anUnknownNameIsAnErrorWithASuggestion() throws {
        #expect {
            _ = try ExportFixture.packages(["dl-2019-01-23"])
        } throws: { error in
            guard let error = error as? DiagnosticError, let diagnostic = error.diagnostics.first else { return false }
            return diagnostic.message.contains("`dl-2019-01-23`") && diagnostic.hint == "did you mean `dl-2019-01-22`?"
        }
    }
}
