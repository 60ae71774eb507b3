import ArgumentParser
import Bank
import Foundation
import Pipeline
import SiteInspection
import Variants

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the public site and the private exam material.",
        discussion: "The output is written to temporary folders and swapped in at the end: a failed build leaves the previous site and private output untouched.")

    @OptionGroup var paths: PathOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let report = try await Console.run(output) { () async throws(DiagnosticError) in
            try await SiteBuilder(options: paths.buildOptions, logger: output.logger).build()
        }
        Console.printSummary(report, output, wrote: "\(paths.site)/ and \(paths.privateOutput)/")
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load, validate and render the bank without writing anything.",
        discussion: "With --links, also read back what the last build wrote (site/ and private/) and check every internal link, #fragment and asset reference, that nothing is loaded from another host, and that no page has event-handler attributes, javascript:, vbscript: or data: URLs or a meta refresh.")

    @OptionGroup var paths: PathOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Also check the links and asset references of the built site/ and private/.")
    var links = false

    @Option(help: "Also draw every parametrized exercise this many times and report failures, repeats, degenerate values and the spread of each answer.")
    var draws: Int?

    func run() async throws {
        let report = try await Console.run(output, command: "check") { () async throws(DiagnosticError) in
            try await SiteBuilder(options: paths.buildOptions, logger: output.logger).check()
        }
        Console.printSummary(report, output, wrote: nil)
        if let draws { try drawMany(draws) }
        if links { try checkLinks() }
    }

    private func drawMany(_ draws: Int) throws {
        guard draws > 0 else { throw ValidationError("--draws needs a positive number") }
        let options = paths.buildOptions
        let bank: Bank
        let maker: VariantMaker
        do {
            bank = try BankLoader(root: options.bank).load()
            maker = try VariantMaker(bank: bank)
        } catch {
            Console.printError(Console.renderer.render(error, command: "check"))
            throw ExitCode.failure
        }
        let start = ContinuousClock.now
        let reports = bank.exercises.filter(\.metadata.isParametrized).map { StressTest(maker: maker).run($0, draws: draws) }
        for report in reports { for line in report.lines { print(line) } }
        let failed = reports.filter { $0.failureCount > 0 || $0.hasNonFiniteValues }
        let seconds = start.duration(to: .now).seconds
        print("sitegen: \(draws) draws of \(reports.count) parametrized exercises in \(String(format: "%.2f", seconds)) s: "
              + (failed.isEmpty ? "all succeeded" : "\(failed.count) with failures or NaN/infinite values"))
        if !failed.isEmpty { throw ExitCode.failure }
    }

    private func checkLinks() throws {
        let options = paths.buildOptions
        var problems: [LinkProblem] = []
        var checked: [String] = []
        for (folder, name) in [(options.site, paths.site), (options.privateOutput, paths.privateOutput)]
        where FileManager.default.fileExists(atPath: folder.path) {
            problems += LinkChecker().check(folder, display: name)
            checked.append("\(name)/")
        }
        guard !checked.isEmpty else {
            throw Console.failure(.error(.inspect, "nothing to check: \(paths.site)/ does not exist", hint: "run `sitegen build` first"))
        }
        Console.report(problems.map(\.diagnostic))
        if !problems.isEmpty {
            Console.printError("sitegen: check --links failed with \(String(counting: problems.count, "broken link")) in \(checked.joined(separator: " and "))")
            throw ExitCode.failure
        }
        if !output.quiet { print("sitegen: links checked in \(checked.joined(separator: " and ")): no problems") }
    }
}
