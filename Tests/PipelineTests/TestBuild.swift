import Foundation
import TestSupport
import Pipeline
import SiteInspection

/// A build of a bank into a fresh temporary folder, with helpers to read what it wrote.
struct TestBuild {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let folder: URL
    var options: BuildOptions

    /// Options for the repository's own bank and theme, writing below a new temporary folder.
    init(bank: URL = repository.appendingPathComponent("QuestionBank"),
         templates: URL = repository.appendingPathComponent("Templates")) throws {
        folder = Scratch.url("sitegen-test")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        options = BuildOptions(bank: bank, templates: templates,
                               site: folder.appendingPathComponent("site"),
                               privateOutput: folder.appendingPathComponent("private"))
    }

    @discardableResult
    func run() async throws -> BuildReport {
        try await SiteBuilder(options: options).build()
    }

    func html(_ path: String, in output: URL? = nil) throws -> HTMLElement {
        try HTMLParser.parse(contentsOf: (output ?? options.site).appendingPathComponent(path))
    }

    func privateHTML(_ path: String) throws -> HTMLElement {
        try html(path, in: options.privateOutput)
    }

    /// Every file below a folder, by relative path, with its bytes.
    static func files(in folder: URL) -> [String: Data] {
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: Data] = [:]
        for path in paths {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }

    /// A copy of a folder in a new temporary place, to change without touching the original.
    static func copy(_ folder: URL) throws -> URL {
        let copy = Scratch.url("sitegen-copy")
        try FileManager.default.copyItem(at: folder.resolvingSymlinksInPath(), to: copy)
        return copy
    }
}
