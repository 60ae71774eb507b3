import Foundation
import Diagnostics
import Logging
import Pipeline

/// `sitegen-bench site [--exercises N] [--runs R] [--work DIR]`: builds the synthetic bank of N
/// exercises in this process, R times, alternating with Hugo on the same questions when `hugo` is
/// installed, and prints the medians: per-stage times, pages/s, MB/s, peak memory and the ratio;
/// then the rebuilds with the build cache (`RebuildBenchmarks.swift`).
enum SiteBenchmarks {
    struct Options {
        var exercises = 10_000
        var runs = 3
        var work = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bench")

        init(_ arguments: [String]) throws {
            var rest = arguments[...]
            while let flag = rest.popFirst() {
                guard let value = rest.popFirst() else { throw BenchmarkError("\(flag) needs a value") }
                switch flag {
                case "--exercises": exercises = try Self.positive(value, flag)
                case "--runs": runs = try Self.positive(value, flag)
                case "--work": work = URL(fileURLWithPath: value)
                default: throw BenchmarkError("unknown option \(flag); use --exercises N, --runs R or --work DIR")
                }
            }
        }

        private static func positive(_ text: String, _ flag: String) throws -> Int {
            guard let value = Int(text), value > 0 else { throw BenchmarkError("\(flag) needs a positive whole number, not \(text)") }
            return value
        }
    }

    /// One sitegen build: its stages, its wall time and its peak memory.
    struct Run {
        var stages: [(Stage, Double)]
        var seconds: Double
        var megabytes: Double
        var siteFiles: Int
    }

    static func run(_ arguments: [String]) async throws {
        let options = try Options(arguments)
        let input = SyntheticBank(exercises: options.exercises, folder: options.work)
        try input.prepare()
        let hugo = ExternalCommand.exists("hugo")
        print("site.bank: \(options.exercises) exercises, \(decimal(input.megabytes, 1)) MB (\(input.bank.path))")
        var runs: [Run] = []
        var hugoSeconds: [Double] = []
        let outputs = CleanOutputs(in: options.work)
        defer { outputs.remove() }
        for index in 1...options.runs {
            let run = try await build(input, into: outputs.folder("sitegen", index))
            runs.append(run)
            var line = "site.run.\(index): sitegen \(decimal(run.seconds)) s, peak \(Int(run.megabytes)) MB"
            if hugo, let seconds = buildWithHugo(input, into: outputs.folder("hugo", index)) {
                hugoSeconds.append(seconds)
                line += "; hugo \(decimal(seconds)) s"
            }
            print(line)
        }
        for stage in Stage.allCases where runs.contains(where: { $0.stages.contains { $0.0 == stage } }) {
            let seconds = median(runs.map { $0.stages.first { $0.0 == stage }?.1 ?? 0 })
            print("site.stage.\(stage.rawValue): \(decimal(seconds, 3)) s")
        }
        let seconds = median(runs.map(\.seconds))
        let pages = runs.last?.siteFiles ?? 0
        print("site.build: \(decimal(seconds)) s, \(Int(Double(pages) / seconds)) pages/s, \(decimal(input.megabytes / seconds, 1)) MB/s")
        print("site.peak-memory: \(Int(median(runs.map(\.megabytes)))) MB")
        if hugo, !hugoSeconds.isEmpty {
            let hugoMedian = median(hugoSeconds)
            print("site.hugo: \(decimal(hugoMedian)) s, peak \(Int(PeakMemory.childrenMegabytes)) MB (hugo 0.111, highlighting off)")
            print("site.ratio: sitegen takes \(decimal(seconds / hugoMedian)) × Hugo's time")
        } else {
            print("site.hugo: not installed (apt-get install hugo)")
        }
        try await rebuilds(input, into: options.work.appendingPathComponent("out-cached"))
    }

    /// A clean build of the synthetic bank with the repository's theme into a fresh folder.
    static func build(_ input: SyntheticBank, into folder: URL) async throws -> Run {
        var options = BuildOptions(bank: input.bank, templates: URL(fileURLWithPath: "Templates"),
                                   site: folder.appendingPathComponent("site"),
                                   privateOutput: folder.appendingPathComponent("private"))
        options.strict = false
        var logger = Logger(label: "sitegen-bench")
        logger.logLevel = .warning
        PeakMemory.reset()
        let start = ContinuousClock.now
        let report = try await SiteBuilder(options: options, logger: logger).build()
        let seconds = (ContinuousClock.now - start).seconds
        return Run(stages: report.stageSeconds, seconds: seconds, megabytes: PeakMemory.ownMegabytes, siteFiles: report.siteFiles)
    }

    /// `hugo --quiet -d OUT` in the corpus, highlighting off as sitegen has none; nil if it fails.
    static func buildWithHugo(_ input: SyntheticBank, into folder: URL) -> Double? {
        let start = ContinuousClock.now
        guard ExternalCommand.run(["hugo", "--quiet", "-d", folder.path], in: input.corpus,
                                  environment: ["HUGO_MARKUP_HIGHLIGHT_CODEFENCES": "false"]) else { return nil }
        return (ContinuousClock.now - start).seconds
    }
}

/// The folders the timed clean builds write into: a new one for every build of either tool, all
/// removed after the last. Deleting a build's 10,000 files just before the next build made the
/// next one slow by seconds, and by a different amount each time: on an ext4 without a journal
/// (this machine's), each file created within 30 s of deleting thousands scans the inode bitmap
/// past every recently deleted inode (perf: `find_inode_bit`, `recently_deleted`).
struct CleanOutputs {
    let work: URL

    /// Removes what an earlier run left behind (one killed before it could).
    init(in work: URL) {
        self.work = work
        remove()
    }

    func folder(_ tool: String, _ run: Int) -> URL { work.appendingPathComponent("out-\(tool)-\(run)") }

    func remove() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? []
        for name in names where name.hasPrefix("out-sitegen-") || name.hasPrefix("out-hugo-") {
            try? FileManager.default.removeItem(at: work.appendingPathComponent(name))
        }
    }
}
