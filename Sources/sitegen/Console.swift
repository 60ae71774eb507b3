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

    /// Stage lines with `--verbose`; on a terminal, without `--quiet`, the same lines as one
    /// progress line that each stage overwrites and the summary replaces; nothing in CI or a pipe.
    var logger: Logger {
        let progress = !verbose && !quiet && Terminal.showsProgress
        var logger = Logger(label: "sitegen") { _ in ConsoleLogHandler(progress: progress) }
        logger.logLevel = verbose || progress ? .info : .warning
        return logger
    }
}

/// Diagnostics to standard error, summaries to standard output, in one place.
enum Console {
    static func run(_ output: OutputOptions, _ body: () async throws(DiagnosticError) -> BuildReport) async throws -> BuildReport {
        do {
            let report = try await body()
            Terminal.clearProgress()
            for warning in report.warnings { printError(warning.description) }
            return report
        } catch {
            Terminal.clearProgress()
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

    /// To standard error; on a colour terminal, `error:` in red and `warning:` in yellow.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((Terminal.highlight(text) + "\n").utf8))
    }
}

/// Stage lines such as `[2/5] validate (0.4 ms)` on standard error, without timestamps.
struct ConsoleLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    /// Info lines overwrite one another on one terminal line instead of scrolling.
    var progress = false

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        if progress && event.level <= .info {
            Terminal.showProgress("sitegen: \(event.message)")
        } else {
            Terminal.clearProgress()
            Console.printError("sitegen: \(event.message)")
        }
    }
}
