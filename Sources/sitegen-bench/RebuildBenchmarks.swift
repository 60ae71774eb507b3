import Foundation
import Logging
import Pipeline

/// `sitegen-bench site`'s rebuild figures: a build with the cache (as `sitegen build` makes it),
/// then again with nothing changed, then after one edit — a sentence added to the middle
/// exercise — as `sitegen build` rebuilds it and as `sitegen serve` does, with its render cache
/// kept in memory. The exercise is put back afterwards.
extension SiteBenchmarks {
    static func rebuilds(_ input: SyntheticBank, into folder: URL) async throws {
        try? FileManager.default.removeItem(at: folder)
        var options = BuildOptions(bank: input.bank, templates: URL(fileURLWithPath: "Templates"),
                                   site: folder.appendingPathComponent("site"),
                                   privateOutput: folder.appendingPathComponent("private"))
        options.cache = .fresh
        _ = try await timedBuild(options)
        options.cache = .on
        let (unchanged, _) = try await timedBuild(options)
        print("site.rebuild-unchanged: \(decimal(unchanged, 3)) s")

        let exercises = input.bank.appendingPathComponent("exercises")
        let names = try FileManager.default.contentsOfDirectory(atPath: exercises.path).filter { $0.hasSuffix(".md") }.sorted()
        let file = exercises.appendingPathComponent(names[names.count / 2])
        let original = try Data(contentsOf: file)
        defer { try? original.write(to: file) }
        try edited(original, 1).write(to: file)
        let (seconds, report) = try await timedBuild(options)
        let changes = report.changes ?? .init()
        print("site.rebuild-one-edit: \(decimal(seconds, 3)) s (\(changes.written) files written, \(changes.unchanged) unchanged; "
            + report.stageSeconds.map { "\($0.0.rawValue) \(decimal($0.1, 3))" }.joined(separator: ", ") + ")")

        // `sitegen serve`: the same builder options, and one render cache and memory of the last build across its builds.
        options.incremental = true
        let cache = RenderCache(), memory = BuildMemory()
        _ = try await timedBuild(options, cache: cache, memory: memory)
        try edited(original, 2).write(to: file)
        let (serve, _) = try await timedBuild(options, cache: cache, memory: memory)
        print("site.serve-one-edit: \(decimal(serve, 3)) s (\(cache.lastRendered) exercises rendered, \(cache.lastReused) reused; "
            + "the watcher's 40 ms debounce comes on top)")
    }

    /// The exercise file with one sentence more, right after its front matter.
    private static func edited(_ original: Data, _ count: Int) -> Data {
        var text = String(decoding: original, as: UTF8.self)
        let start = text.index(text.startIndex, offsetBy: 4)
        if let end = text.range(of: "\n---\n", range: start..<text.endIndex) {
            text.insert(contentsOf: "\nEdited \(count) time\(count == 1 ? "" : "s") for the rebuild benchmark.\n", at: end.upperBound)
        }
        return Data(text.utf8)
    }

    private static func timedBuild(_ options: BuildOptions, cache: RenderCache? = nil, memory: BuildMemory? = nil) async throws -> (Double, BuildReport) {
        var logger = Logger(label: "sitegen-bench")
        logger.logLevel = .warning
        let start = ContinuousClock.now
        let report = try await SiteBuilder(options: options, logger: logger, cache: cache, memory: memory).build()
        return ((ContinuousClock.now - start).seconds, report)
    }
}
