import ArgumentParser
import Bank
import Foundation
import Pipeline

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
