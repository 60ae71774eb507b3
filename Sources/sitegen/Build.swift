import ArgumentParser
import Bank
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
        abstract: "Load, validate and render the bank without writing anything.")

    @OptionGroup var paths: PathOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let report = try await Console.run(output) { () async throws(DiagnosticError) in
            try await SiteBuilder(options: paths.buildOptions, logger: output.logger).check()
        }
        Console.printSummary(report, output, wrote: nil)
    }
}
