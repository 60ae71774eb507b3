import ArgumentParser
import Bank
import Foundation
import Pipeline
import SiteInspection

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
        discussion: "With --links, also read back what the last build wrote (site/ and private/) and check every internal link, #fragment and asset reference, and that nothing is loaded from another host.")

    @OptionGroup var paths: PathOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Also check the links and asset references of the built site/ and private/.")
    var links = false

    func run() async throws {
        let report = try await Console.run(output) { () async throws(DiagnosticError) in
            try await SiteBuilder(options: paths.buildOptions, logger: output.logger).check()
        }
        Console.printSummary(report, output, wrote: nil)
        if links { try checkLinks() }
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
            Console.printError("sitegen: error: nothing to check: \(paths.site)/ does not exist; run `sitegen build` first")
            throw ExitCode.failure
        }
        for problem in problems { Console.printError(problem.description) }
        if !problems.isEmpty {
            Console.printError("sitegen: \(problems.count) link problem\(problems.count == 1 ? "" : "s") in \(checked.joined(separator: " and "))")
            throw ExitCode.failure
        }
        if !output.quiet { print("sitegen: links checked in \(checked.joined(separator: " and ")): no problems") }
    }
}
