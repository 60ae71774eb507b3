import Bank
import Foundation
@testable import Pipeline
import Render
import Testing

/// `--out` and `--private-out` that would mix, and a swap of both folders that a kill cannot
/// leave half done.
@Suite struct OutputFoldersTests {
    /// A build whose site and private folders are `site` and `keys` below a fresh folder, with
    /// a previous site (one file and the marker) in place.
    static func build(site: String, keys: String) throws -> (TestBuild, URL) {
        var build = try TestBuild()
        build.options.site = build.folder.appendingPathComponent(site)
        build.options.privateOutput = build.folder.appendingPathComponent(keys)
        try FileManager.default.createDirectory(at: build.options.site, withIntermediateDirectories: true)
        try Data().write(to: build.options.site.appendingPathComponent(".sitegen-output"))
        try Data("previous".utf8).write(to: build.options.site.appendingPathComponent("index.html"))
        return (build, build.folder)
    }

    @Test(arguments: [
        ("site", "site", "--out and --private-out are the same folder"),
        ("site", "site/", "--out and --private-out are the same folder"),
        ("site", "site/keys", "the private output"),
        ("out/site", "out", "the site folder"),
    ])
    func foldersThatMixAreAnErrorBeforeAnythingIsTouched(site: String, keys: String, message: String) async throws {
        let (build, folder) = try Self.build(site: site, keys: keys)
        let before = TestBuild.files(in: folder)
        let listing = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        let error = await #expect(throws: DiagnosticError.self) { try await build.run() }
        #expect(error?.diagnostics.count == 1)
        #expect(error?.diagnostics.first?.message.hasPrefix(message) == true, "\(error?.diagnostics.first?.message ?? "")")
        #expect(TestBuild.files(in: folder) == before)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() == listing)
    }

    @Test func aLinkToTheSiteFolderIsTheSameFolder() async throws {
        var (build, folder) = try Self.build(site: "site", keys: "keys")
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("keys"), withDestinationURL: build.options.site)
        build.options.privateOutput = folder.appendingPathComponent("keys")
        await #expect(throws: DiagnosticError.self) { try await build.run() }
        #expect(FileManager.default.contents(atPath: build.options.site.appendingPathComponent("index.html").path) == Data("previous".utf8))
    }

    /// The private output is staged inside its own folder, never beside the site.
    @Test func privateStagingIsInsideThePrivateFolder() throws {
        let swap = OutputSwap(site: URL(fileURLWithPath: "/out/site"), privateOutput: URL(fileURLWithPath: "/out/private"))
        #expect(swap.privateNew.path == "/out/private/.sitegen-new")
        #expect(swap.siteNew.path == "/out/.site.sitegen-new")
    }

    static func files(_ generation: Int) -> [OutputFile] {
        [OutputFile(.site, "index.html", Data("site \(generation)".utf8)),
         OutputFile(.site, "exercises/a.html", Data("exercise \(generation)".utf8)),
         OutputFile(.private, "exams/e/key.html", Data("key \(generation)".utf8))]
    }

    static func write(_ files: [OutputFile], with writer: OutputWriter) throws {
        let staged = try StagedOutput(writer)
        for file in files { try staged.write(file) }
        _ = try staged.commit()
    }

    static func generations(_ writer: OutputWriter) -> (site: String?, keys: String?) {
        func read(_ url: URL) -> String? { FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) } }
        return (read(writer.site.appendingPathComponent("index.html")).map { String($0.dropFirst("site ".count)) },
                read(writer.privateOutput.appendingPathComponent("exams/e/key.html")).map { String($0.dropFirst("key ".count)) })
    }

    /// A build killed after each step of the swap (and while staging): the next build's repair
    /// leaves both folders old or both new, and nothing staged behind.
    @Test func aSwapStoppedAtAnyStepIsRepaired() throws {
        let steps = OutputSwap(site: URL(fileURLWithPath: "/s"), privateOutput: URL(fileURLWithPath: "/p")).steps.count
        for stop in -1...steps {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-swap-\(UUID().uuidString)")
            let writer = OutputWriter(site: folder.appendingPathComponent("site"), privateOutput: folder.appendingPathComponent("private"))
            try Self.write(Self.files(1), with: writer)
            #expect(Self.generations(writer) == ("1", "1"))
            if stop >= 0 {
                let staged = try StagedOutput(writer)
                for file in Self.files(2) { try staged.write(file) }
                for step in OutputSwap(site: writer.site, privateOutput: writer.privateOutput).steps.prefix(stop) { try step.run() }
            } else {
                // Killed while staging: half the files written.
                try FileManager.default.createDirectory(at: OutputSwap.sibling(of: writer.site, "new"), withIntermediateDirectories: true)
                try Data("site 2".utf8).write(to: OutputSwap.sibling(of: writer.site, "new").appendingPathComponent("index.html"))
            }
            try OutputSwap.repair(site: writer.site, privateOutput: writer.privateOutput)
            let expected = stop >= 1 ? "2" : "1"
            #expect(Self.generations(writer) == (expected, expected), "stopped after \(stop) steps")
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(left == ["private", "site"], "stopped after \(stop) steps")
            #expect(!FileManager.default.fileExists(atPath: writer.privateOutput.appendingPathComponent(".sitegen-new").path))
            try Self.write(Self.files(3), with: writer)
            #expect(Self.generations(writer) == ("3", "3"))
        }
    }

    @Test func keptPrivatePathsSurviveTheBuild() async throws {
        var build = try TestBuild()
        try await build.run()
        let pdf = build.options.privateOutput.appendingPathComponent("exams/dl-2019-01-22/pdf/student.pdf")
        try FileManager.default.createDirectory(at: pdf.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("%PDF".utf8).write(to: pdf)
        build.options.keptPrivate = ["exams/dl-2019-01-22/pdf"]
        try await build.run()
        #expect(FileManager.default.contents(atPath: pdf.path) == Data("%PDF".utf8))
        build.options.keptPrivate = []
        try await build.run()
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }
}
