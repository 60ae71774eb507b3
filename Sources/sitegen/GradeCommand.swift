import ArgumentParser
import Bank
import Foundation
import Grading
import Render

struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Check a filled-in grading sheet and write totals, grades, a results report and a gradebook file.",
        discussion: """
            Reads SCORES (the grading-sheet.csv of the exam, filled in), checks every cell against the exam's \
            forms and the roster's assignment (made again exactly as the build made them: give the same \
            --variants and --seed), and writes private/exams/<exam>/results/report.html and gradebook.csv. \
            Every problem is reported at its file:line:col. A later `sitegen build` keeps the results. See docs/grading.md.
            """)

    @Argument(help: "The exam id (its file name in QuestionBank/exams/ without .yml).")
    var exam: String

    @Argument(help: "The filled-in grading sheet (CSV).")
    var scores: String

    @Option(help: "Answers to the machine-gradable parts (CSV: number,part,answer), scored against each student's variant key; their cells in SCORES stay empty.")
    var responses: String?

    @OptionGroup var paths: PathOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let options = paths.buildOptions
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let grader = ExamGrader(bank: options.bank, privateOutput: options.privateOutput, variants: options.variants,
                                seed: options.seed, rosters: options.rosters)
        let outcome: ExamGrader.Outcome
        do {
            outcome = try grader.grade(exam, scores: URL(fileURLWithPath: scores, relativeTo: cwd).standardizedFileURL, display: scores,
                                       responses: responses.map { (URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL, $0) })
        } catch {
            Console.printError(Console.renderer.render(error, command: "grade"))
            throw ExitCode.failure
        }
        Console.report(outcome.warnings)
        // The private index lists the results now that they exist.
        if let manifest = DocumentManifest.read(from: options.privateOutput) {
            try? Data(PrivateIndex.html(manifest).utf8).write(to: options.privateOutput.appendingPathComponent(PrivateIndex.path))
        }
        guard !output.quiet else { return }
        for line in outcome.results.summary { print("sitegen: \(line)") }
        for path in outcome.written { print("sitegen: wrote \(paths.privateOutput)/\(path)") }
    }
}
