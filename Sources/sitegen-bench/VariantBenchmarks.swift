import Foundation
import Logging
import Pipeline
import Render

/// `sitegen-bench variants [--variants N] [--exam ID] [--runs R]`: builds the seed bank with only
/// one exam (the 2026 practice exam by default) and N variants of it, in this process, and prints
/// what one variant costs: compute (draw, engine, cross-checks) and render + write (student copy,
/// key, compact key, grading table, `answers.json`), per variant. A build of the same bank with no
/// variants is subtracted, so the figures are what each variant adds, not the rest of the site.
enum VariantBenchmarks {
    struct Options {
        var variants = 1000
        var exam = "dl-practice-2026"
        var runs = 1
        var bank = URL(fileURLWithPath: "QuestionBank")
        var work = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bench-variants")

        init(_ arguments: [String]) throws {
            var rest = arguments[...]
            while let flag = rest.popFirst() {
                guard let value = rest.popFirst() else { throw BenchmarkError("\(flag) needs a value") }
                switch flag {
                case "--variants": variants = try Self.positive(value, flag)
                case "--exam": exam = value
                case "--runs": runs = try Self.positive(value, flag)
                case "--bank": bank = URL(fileURLWithPath: value)
                case "--work": work = URL(fileURLWithPath: value)
                default: throw BenchmarkError("unknown option \(flag); use --variants N, --exam ID, --runs R, --bank DIR or --work DIR")
                }
            }
        }

        private static func positive(_ text: String, _ flag: String) throws -> Int {
            guard let value = Int(text), value > 0 else { throw BenchmarkError("\(flag) needs a positive whole number, not \(text)") }
            return value
        }
    }

    /// One build's compute and render + write (render streams every file to disk as it is made),
    /// each as wall and CPU seconds (both cores count), peak memory and the number of private files.
    struct Run {
        var compute: Timing
        var renderWrite: Timing
        var megabytes: Double
        var privateFiles: Int
    }

    /// Wall-clock and CPU (user + system, all threads) seconds of one stage.
    struct Timing {
        var wall: Double
        var cpu: Double

        static func - (a: Timing, b: Timing) -> Timing { Timing(wall: a.wall - b.wall, cpu: a.cpu - b.cpu) }
        static func / (a: Timing, n: Double) -> Timing { Timing(wall: a.wall / n, cpu: a.cpu / n) }
        static func + (a: Timing, b: Timing) -> Timing { Timing(wall: a.wall + b.wall, cpu: a.cpu + b.cpu) }

        /// "1.234 ms/variant wall, 2.345 ms CPU"
        var perVariant: String { "\(decimal(wall * 1000, 3)) ms/variant wall, \(decimal(cpu * 1000, 3)) ms CPU" }
    }

    static func run(_ arguments: [String]) async throws {
        let options = try Options(arguments)
        let bank = try singleExamBank(options)
        let output = options.work.appendingPathComponent("out")
        print("variants.bank: \(options.bank.path) with only exam \(options.exam); \(options.variants) variants, \(options.runs) run(s)")
        print("variants.load: \(loadAverage)")
        let base = try await build(bank, variants: 0, into: output)
        print("variants.base: no variants: compute \(ms(base.compute)), render+write \(ms(base.renderWrite)), \(base.privateFiles) private files")
        var runs: [Run] = []
        for index in 1...options.runs {
            let run = try await build(bank, variants: options.variants, into: output)
            runs.append(run)
            print("variants.run.\(index): compute \(ms(run.compute)), render+write \(ms(run.renderWrite)), peak \(Int(run.megabytes)) MB, \(run.privateFiles) private files")
        }
        let count = Double(options.variants)
        let compute = (median(runs.map(\.compute)) - base.compute) / count
        let renderWrite = (median(runs.map(\.renderWrite)) - base.renderWrite) / count
        print("variants.compute: \(compute.perVariant)")
        print("variants.render+write: \(renderWrite.perVariant)")
        print("variants.total: \((compute + renderWrite).perVariant) (target ≤ 2 ms)")
        let first = (runs[0].compute + runs[0].renderWrite - base.compute - base.renderWrite) / count
        print("variants.first-run: \(first.perVariant) (the engine's memos cold, as in one `sitegen build`)")
        print("variants.peak-memory: \(Int(median(runs.map(\.megabytes)))) MB")
        print("variants.load: \(loadAverage)")
        if ExternalCommand.exists("Rscript") {
            print("variants.r-exams: Rscript is installed, but this benchmark has no R/exams version of the exam to run")
        } else {
            print("variants.r-exams: not installed; for context only (not measured here), issue 18 measured exams2html at ~640 ms per 5-exercise variant")
        }
    }

    /// A copy of the bank in `options.work` whose only exam is `options.exam`, so that neither the
    /// other exams' variants nor their documents are timed.
    static func singleExamBank(_ options: Options) throws -> URL {
        let manager = FileManager.default
        let source = options.bank.standardizedFileURL, bank = options.work.appendingPathComponent("bank")
        let exam = source.appendingPathComponent("exams/\(options.exam).yml")
        guard manager.fileExists(atPath: exam.path) else {
            throw BenchmarkError("no exam \(exam.path); pass --exam with the name of a file in \(source.path)/exams without .yml")
        }
        try? manager.removeItem(at: bank)
        try manager.createDirectory(at: bank.appendingPathComponent("exams"), withIntermediateDirectories: true)
        for entry in try manager.contentsOfDirectory(atPath: source.path) where entry != "exams" {
            try manager.copyItem(at: source.appendingPathComponent(entry), to: bank.appendingPathComponent(entry))
        }
        try manager.copyItem(at: exam, to: bank.appendingPathComponent("exams/\(options.exam).yml"))
        return bank
    }

    /// A build of `bank` with `variants` variants of each exam into `folder`, stage by stage, as
    /// `SiteBuilder.build` runs them; render writes each file to disk as it is made.
    ///
    /// The files of the last run are written over, not deleted first, for the reason `CleanOutputs`
    /// gives: that scan was a quarter of the CPU of a 1000-variant run started right after another.
    static func build(_ bank: URL, variants: Int, into folder: URL) async throws -> Run {
        var options = BuildOptions(bank: bank, templates: URL(fileURLWithPath: "Templates"),
                                   site: folder.appendingPathComponent("site"),
                                   privateOutput: folder.appendingPathComponent("private"))
        options.variants = variants
        var logger = Logger(label: "sitegen-bench")
        logger.logLevel = .warning
        let builder = SiteBuilder(options: options, logger: logger)
        let loaded = try builder.load()
        _ = try builder.validate(loaded)
        PeakMemory.reset()
        let (computed, compute) = try await timed { try await builder.compute(loaded) }
        let files = FolderOutput(site: options.site, privateOutput: options.privateOutput)
        let (rendered, renderWrite) = try await timed { try await builder.render(computed, into: files) }
        return Run(compute: compute, renderWrite: renderWrite, megabytes: PeakMemory.ownMegabytes, privateFiles: rendered.privateFiles)
    }

    private static func timed<T>(_ body: () async throws -> T) async throws -> (T, Timing) {
        let start = ContinuousClock.now, cpu = ProcessorTime.seconds
        let value = try await body()
        return (value, Timing(wall: (ContinuousClock.now - start).seconds, cpu: ProcessorTime.seconds - cpu))
    }

    /// `uptime`'s three load averages: on a shared machine, the figures mean little without them.
    private static var loadAverage: String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return "load average " + text.split(separator: " ").prefix(3).joined(separator: ", ")
    }

    private static func ms(_ timing: Timing) -> String {
        "\(decimal(timing.wall * 1000, 1)) ms wall, \(decimal(timing.cpu * 1000, 1)) ms CPU"
    }
}

/// The middle wall time and the middle CPU time of repeated runs.
private func median(_ timings: [VariantBenchmarks.Timing]) -> VariantBenchmarks.Timing {
    VariantBenchmarks.Timing(wall: median(timings.map(\.wall)), cpu: median(timings.map(\.cpu)))
}
