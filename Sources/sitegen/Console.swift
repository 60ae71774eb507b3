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

/// Diagnostics to standard error, summaries to standard output, in one place; every diagnostic
/// goes through the one `DiagnosticRenderer`, coloured on a colour terminal only.
enum Console {
    static let renderer = DiagnosticRenderer(colour: Terminal.usesColour)

    /// Runs a build-like command: its warnings, or its diagnostics and the count of them, on
    /// standard error; exit status 1 when it fails.
    static func run(_ output: OutputOptions, command: String = "build",
                    _ body: () async throws(DiagnosticError) -> BuildReport) async throws -> BuildReport {
        do {
            let report = try await body()
            Terminal.clearProgress()
            self.report(report.warnings)
            return report
        } catch {
            Terminal.clearProgress()
            printError(renderer.render(error, command: command))
            throw ExitCode.failure
        }
    }

    /// Runs one of `check`'s own checks; when it cannot run, its diagnostics and exit status 1.
    static func check<T>(_ body: () throws(DiagnosticError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError(renderer.render(error, command: "check"))
            throw ExitCode.failure
        }
    }

    /// A check's findings on standard error; its summary on standard output when it passed
    /// (unless `--quiet`), on standard error with exit status 1 when it found an error.
    static func finish(_ diagnostics: [Diagnostic], summary: String, _ output: OutputOptions) throws {
        report(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) {
            printError("sitegen: \(summary)")
            throw ExitCode.failure
        }
        if !output.quiet { print("sitegen: \(summary)") }
    }

    static func printSummary(_ report: BuildReport, _ output: OutputOptions, wrote: String?) {
        guard !output.quiet else { return }
        if let wrote {
            print("sitegen: \(report.summary) → \(wrote)")
        } else {
            print("sitegen: check passed: \(String(counting: report.exercises, "exercise")), \(String(counting: report.exams, "exam")), "
                  + String(counting: report.warnings.count, "warning"))
        }
    }

    /// Each diagnostic with its source line, hint and notes.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(renderer.render(diagnostic)) }
    }

    /// Reports what stopped a command and returns the exit status to throw: 1.
    static func failure(_ diagnostics: [Diagnostic]) -> ExitCode {
        Terminal.clearProgress()
        report(diagnostics)
        return .failure
    }

    static func failure(_ diagnostic: Diagnostic) -> ExitCode { failure([diagnostic]) }

    /// A line to standard error, as it is.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
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
