import Bank
import Export
import Foundation
import SiteInspection
import ZIPFoundation

/// The repository's own bank exported, and what the tests need to read the packages back.
enum ExportFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let variants = 3

    /// The seed bank as the loader reads it.
    static func bank() throws -> Bank {
        try BankLoader(root: repository.appendingPathComponent("QuestionBank")).load()
    }

    /// Every format of `names` (an exam, a topic, exercise ids), by file name.
    static func packages(_ names: [String], variants: Int = variants) throws -> [String: Data] {
        let made = try Exporter(names: names, formats: ExportFormat.allCases, variants: variants).packages(bank: try bank())
        return Dictionary(uniqueKeysWithValues: made.files.map { ($0.name, $0.contents) })
    }

    /// The IMS QTI 2.1 schema, found beside the repository as `../shared/schemas/qti-2.1/` (a
    /// worktree one folder further down looks one level higher); nil when it is absent.
    static let qtiSchemaFolder: URL? = ["../shared", "../../shared"].lazy
        .map { repository.appendingPathComponent($0).appendingPathComponent("schemas/qti-2.1").standardizedFileURL }
        .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("imsqti_v2p1p2.xsd").path) }

    static let qtiSchema: Result<XMLSchema, any Error>? = qtiSchemaFolder.map { folder in
        Result { try XMLSchema(contentsOf: folder.appendingPathComponent("imsqti_v2p1p2.xsd")) }
    }

    /// The files of a zip, by path, in the order stored.
    static func unzip(_ data: Data) throws -> [(path: String, contents: Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        var files: [(path: String, contents: Data)] = []
        for entry in archive {
            var contents = Data()
            _ = try archive.extract(entry, skipCRC32: false) { contents.append($0) }
            files.append((entry.path, contents))
        }
        return files
    }
}
