import ArgumentParser
import Bank
import Foundation
import Pipeline

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the public site and the private exam material.",
        discussion: """
            A failed build leaves the previous site and private output untouched. A build remembers what it read and wrote in a \
            hidden folder beside the private output (.private.sitegen-cache for private/, never published): the next build \
            does nothing when no input changed and writes only the files whose bytes changed. The first build, and a build \
            with --clean, writes everything to temporary folders and swaps them in at the end.
            """)

    @OptionGroup var paths: PathOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Build everything from scratch, swap the new output in, and record the cache afresh.")
    var clean = false

    @Flag(help: "Neither read nor update the build cache: a full build.")
    var noCache = false

    mutating func validate() throws {
        if clean && noCache { throw ValidationError("--clean records the cache afresh and --no-cache leaves it alone: give one of them") }
    }

    func run() async throws {
        var options = paths.buildOptions
        options.cache = noCache ? .off : clean ? .fresh : .on
        let report = try await Console.run(output) { () async throws(DiagnosticError) in
            try await SiteBuilder(options: options, logger: output.logger).build()
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

    mutating func validate() throws {
        if let draws, draws < 1 { throw ValidationError("--draws needs a positive number, got \(draws)") }
    }

    func run() async throws {
        let builder = SiteBuilder(options: paths.buildOptions, logger: output.logger)
        let report = try await Console.run(output, command: "check") { () async throws(DiagnosticError) in
            try await builder.check()
        }
        Console.printSummary(report, output, wrote: nil)
        if let draws {
            let stress = try Console.check { () throws(DiagnosticError) in try builder.drawMany(draws) }
            for exercise in stress.exercises { for line in exercise.lines { print(line) } }
            for exam in stress.exams { print(exam.line) }
            try Console.finish(stress.diagnostics, summary: stress.summary, output)
        }
        if links {
            let links = try Console.check { () throws(DiagnosticError) in
                try builder.checkLinks(names: (paths.site, paths.privateOutput))
            }
            try Console.finish(links.diagnostics, summary: links.summary, output)
        }
    }
}
