import ArgumentParser
import Bank
import Export
import Foundation

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export an exam, a topic or exercises with their variants for an LMS: Moodle XML, IMS QTI 2.1, Canvas.",
        discussion: """
            Writes private/exports/<name>/moodle.xml (Moodle XML), qti-2.1.zip (an IMS QTI 2.1 content \
            package) or canvas-qti-1.2.zip (a Canvas quiz package), where <name> is the exam's id, the \
            topic's slug, the one exercise's id, or --name. Every exercise becomes a pool of its variants \
            (a Moodle category, a QTI section selecting one, a Canvas question group picking one), so that \
            the LMS draws one per student; the questions are named `<exercise> <variant> <fingerprint>`. \
            The packages hold the answers: they stay in the private output, which every build keeps them in, \
            and never reach the site. See docs/lms-export.md for importing them.
            """)

    @Argument(help: "moodle, qti or canvas.")
    var format: ExportFormat

    @Argument(help: "An exam id (file name in QuestionBank/exams/ without .yml), a topic slug, or exercise ids.")
    var names: [String]

    @Option(help: "The folder name below private/exports/ (default: the exam id, the topic slug, or the one exercise's id; `exercises` for several).")
    var name: String?

    @OptionGroup var paths: PathOptions
    @OptionGroup var output: OutputOptions

    mutating func validate() throws {
        if names.isEmpty { throw ValidationError("name an exam, a topic or exercises to export") }
        if let variants = paths.variants, variants < 1 { throw ValidationError("--variants must be at least 1 for an export, got \(variants)") }
        if let name, name.isEmpty || name.contains("/") || name.hasPrefix(".") {
            throw ValidationError("--name must be a plain folder name, got `\(name)`")
        }
    }

    func run() async throws {
        let exporter = Exporter(names: names, name: name, formats: [format], variants: paths.variants, seed: paths.seed)
        let report: Exporter.Report
        do {
            report = try exporter.run(options: paths.buildOptions)
        } catch {
            Console.printError(Console.renderer.render(error, command: "export"))
            throw ExitCode.failure
        }
        Console.report(report.warnings)
        guard !output.quiet else { return }
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path + "/"
        for file in report.files {
            let path = file.standardizedFileURL.path
            print("sitegen export: wrote \(path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path): "
                  + "\(String(counting: report.exercises, "exercise")), \(String(counting: report.questions, "question")) in all")
        }
    }
}
