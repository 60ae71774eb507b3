import ArgumentParser
import Diagnostics
import Foundation

@main
struct Sitegen: AsyncParsableCommand {
    static let version = "0.9.0"

    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "sitegen \(version): builds a course website and printable exams from a Markdown question bank.",
        discussion: """
            Exit status: 0 when the command succeeded, 1 when the bank or the build has errors (or a \
            check, a PDF or the server failed), 2 when the command line is wrong. --quiet prints only \
            errors and warnings; --verbose adds each stage with its timing.
            """,
        version: "sitegen \(version)",
        subcommands: [Build.self, Check.self, Serve.self, Init.self, New.self, PDFCommand.self, GradeCommand.self, ExportCommand.self, MathCommand.self],
        defaultSubcommand: Build.self)

    /// Parses and runs the command; a wrong command line is said through the one renderer and
    /// exits with status 2.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            if let unknown = Usage.unknownCommand(in: arguments) { throw unknown }
            var command = try parseAsRoot(arguments)
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let usage as Usage {
            Console.report([usage.diagnostic])
            Foundation.exit(Usage.exitCode)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            Console.report([Usage.diagnostic(for: fullMessage(for: error))])
            Foundation.exit(Usage.exitCode)
        }
    }
}
