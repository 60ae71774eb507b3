import Foundation
import Pipeline
import TestSupport

/// The worked example of docs/grading.md (`Fixtures/worked-example/`): a three-exercise midterm
/// with a pool, three variants, a twelve-student roster with rooms and seats, a filled-in
/// scores file and what numpy and scipy say `sitegen grade` must report for it.
struct WorkedExample {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("worked-example")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the example bank (to change without touching the fixture) and output folders.
    let root: URL
    var bank: URL { root.appendingPathComponent("bank") }
    var options: BuildOptions

    init() throws {
        root = Scratch.url("sitegen-grading")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["course.yml", "exercises", "exams"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("bank"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(name), to: root.appendingPathComponent("bank").appendingPathComponent(name))
        }
        options = BuildOptions(bank: root.appendingPathComponent("bank"), templates: Self.repository.appendingPathComponent("Templates"),
                               site: root.appendingPathComponent("site"), privateOutput: root.appendingPathComponent("private"))
    }

    func build() async throws {
        _ = try await SiteBuilder(options: options).build()
    }

    func privateText(_ path: String) throws -> String {
        try String(contentsOf: options.privateOutput.appendingPathComponent(path), encoding: .utf8)
    }

    static var scores: URL { folder.appendingPathComponent("scores.csv") }

    struct Expected: Decodable {
        struct Part: Decodable { var count: Int; var mean, difficulty: Double; var item_rest: Double; var anova_p: Double? }
        struct ANOVA: Decodable { var f, p: Double }
        var totals: [String: Double]
        var grades: [String: Double]
        var parts: [String: Part]
        var alpha: Double
        var alpha_items: Int
        var anova: ANOVA
        var variant_means: [String: Double]
    }

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
    }
}
