import ArgumentParser
import Bank
import Foundation
import Logging
import Pipeline

/// How much a command says.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print each stage with its timing.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    var logger: Logger {
        var logger = Logger(label: "sitegen") { _ in ConsoleLogHandler() }
        logger.logLevel = verbose ? .info : .warning
        return logger
    }
}

/// Diagnostics to standard error, summaries to standard output, in one place.
enum Console {
    static func run(_ output: OutputOptions, _ body: () async throws(DiagnosticError) -> BuildReport) async throws -> BuildReport {
        do {
            let report = try await body()
            for warning in report.warnings { printError(warning.description) }
            return report
        } catch {
            printError(error.description)
            throw ExitCode.failure
        }
    }

    static func printSummary(_ report: BuildReport, _ output: OutputOptions, wrote: String?) {
        guard !output.quiet else { return }
        if let wrote {
            print("sitegen: \(report.summary) → \(wrote)")
        } else {
            print("sitegen: check passed: \(report.exercises) exercises, \(report.exams) exams, \(report.warnings.count) warnings")
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// Stage lines such as `[2/5] validate (0.4 ms)` on standard error, without timestamps.
struct ConsoleLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        Console.printError("sitegen: \(event.message)")
    }
}
