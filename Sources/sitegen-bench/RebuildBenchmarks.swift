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

        let file = try input.middleExercise()
        let original = try Data(contentsOf: file)
        defer { try? original.write(to: file) }
        try edited(original, 1).write(to: file)
        let (seconds, report) = try await timedBuild(options)
        let changes = report.changes ?? .init()
        print("site.rebuild-one-edit: \(decimal(seconds, 3)) s (\(changes.written) files written, \(changes.unchanged) unchanged; "
            + report.stageSeconds.map { "\($0.0.rawValue) \(decimal($0.1, 3))" }.joined(separator: ", ") + ")")

        let serve = try await ServeSession(options)
        let (serveSeconds, _, _) = try await serve.edit(file, edited(original, 2))
        print("site.serve-one-edit: \(decimal(serveSeconds, 3)) s (\(serve.cache.lastRendered) exercises rendered, \(serve.cache.lastReused) reused; "
            + "the watcher's 10 ms debounce comes on top)")
    }

    /// `sitegen-bench serve [--exercises N] [--runs R] [--work DIR]`: `sitegen serve`'s rebuilds
    /// alone, R edits in a row of the middle exercise after one full build, each with its wall
    /// and CPU time, then their medians. The exercise is put back afterwards.
    static func serve(_ arguments: [String]) async throws {
        let options = try Options(arguments)
        let input = SyntheticBank(exercises: options.exercises, folder: options.work)
        try input.prepare()
        let folder = options.work.appendingPathComponent("out-serve")
        let file = try input.middleExercise()
        let original = try Data(contentsOf: file)
        defer { try? original.write(to: file) }
        let serve = try await ServeSession(BuildOptions(bank: input.bank, templates: URL(fileURLWithPath: "Templates"),
                                                        site: folder.appendingPathComponent("site"),
                                                        privateOutput: folder.appendingPathComponent("private")))
        var walls: [Double] = [], cpus: [Double] = []
        for run in 1...options.runs {
            let (seconds, cpu, report) = try await serve.edit(file, edited(original, run))
            walls.append(seconds)
            cpus.append(cpu)
            print("serve.edit.\(run): \(decimal(seconds * 1000, 1)) ms, CPU \(decimal(cpu * 1000, 1)) ms (\(serve.cache.lastRendered) exercises rendered; "
                + report.stageSeconds.map { "\($0.0.rawValue) \(decimal($0.1 * 1000, 1))" }.joined(separator: ", ") + " ms)")
        }
        print("serve.one-edit: \(decimal(median(walls) * 1000, 1)) ms, CPU \(decimal(median(cpus) * 1000, 1)) ms "
            + "(median of \(options.runs); the watcher's 10 ms debounce comes on top)")
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

    /// `sitegen serve`'s builder: the same options, and one render cache and memory of the last
    /// build across its builds; the first, made here, renders everything.
    private struct ServeSession {
        var options: BuildOptions
        let cache = RenderCache(), memory = BuildMemory()

        init(_ options: BuildOptions) async throws {
            self.options = options
            self.options.cache = .on
            self.options.incremental = true
            // As `serve` does: its watcher is in place before the first build.
            memory.startWatching()
            _ = try await timedBuild(self.options, cache: cache, memory: memory)
        }

        /// Writes `contents` to `file`, tells the memory as `serve`'s watcher would, and rebuilds:
        /// the wall time until the build returns (when `serve` sends the reload) and the CPU time
        /// the process spent meanwhile. The last build's records are on disk first, as they are
        /// long before a person saves again.
        func edit(_ file: URL, _ contents: Data) async throws -> (seconds: Double, cpu: Double, report: BuildReport) {
            await memory.settle()
            try contents.write(to: file)
            memory.noteChanges([file.standardizedFileURL.path])
            let cpu = ProcessorTime.seconds
            let (seconds, report) = try await timedBuild(options, cache: cache, memory: memory)
            return (seconds, ProcessorTime.seconds - cpu, report)
        }
    }

    private static func timedBuild(_ options: BuildOptions, cache: RenderCache? = nil, memory: BuildMemory? = nil) async throws -> (Double, BuildReport) {
        var logger = Logger(label: "sitegen-bench")
        logger.logLevel = .warning
        let start = ContinuousClock.now
        let report = try await SiteBuilder(options: options, logger: logger, cache: cache, memory: memory).build()
        return ((ContinuousClock.now - start).seconds, report)
    }
}
