import ArgumentParser
import Bank
import Foundation
import Pipeline
import Printing
import Render

extension Paper: ExpressibleByArgument {}

struct PDFCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Print exams to PDF with headless Chromium: student copies, keys, and one file for the print shop.",
        discussion: """
            Builds first (like `sitegen build`), then prints every document of each exam named (all exams \
            when none is named) to private/exams/<exam>/pdf/: student.pdf, key.pdf, one PDF per variant \
            document, and print-shop.pdf, all student copies in one file with a blank page after any copy \
            of odd length so that every copy starts on a new sheet when printed double-sided. With \
            --no-build, prints what the last build wrote. A later `sitegen build` removes the PDFs with the \
            rest of private/; `sitegen pdf` keeps those of the exams it does not print. Needs Chromium (or $CHROMIUM) and poppler-utils: Scripts/install-deps.
            """)

    @Argument(help: "Exam ids (file names in QuestionBank/exams/ without .yml); all exams when none is given.")
    var exams: [String] = []

    @Option(name: .customLong("variant"), help: "Print only this variant (a code such as A; repeat for more), besides the exam as given. --variants N (of build) makes N variants first.")
    var onlyVariants: [String] = []

    @Option(help: "Override the exam file's paper size: a4 or letter.")
    var paper: Paper?

    @Flag(help: "Print what the last build wrote instead of building first.")
    var noBuild = false

    @OptionGroup var paths: PathOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let chromium: Chromium, poppler: Poppler
        do {
            chromium = try Chromium.find()
            poppler = try Poppler.find()
        } catch let error as PrintingError {
            throw Console.failure(error.diagnostic)
        }
        var options = paths.buildOptions
        // The build replaces private/: the PDFs of exams not printed now stay as they were.
        let examsFolder = options.privateOutput.appendingPathComponent("exams")
        options.keptPrivate = ((try? FileManager.default.contentsOfDirectory(atPath: examsFolder.path)) ?? [])
            .filter { !exams.isEmpty && !exams.contains($0) }.map { "exams/\($0)/pdf" }
        if !noBuild {
            let report = try await Console.run(output, command: "pdf") { () async throws(DiagnosticError) in
                try await SiteBuilder(options: options, logger: output.logger).build()
            }
            Console.printSummary(report, output, wrote: "\(paths.site)/ and \(paths.privateOutput)/")
        }
        let quiet = output.quiet
        let printer = ExamPrinter(privateOutput: options.privateOutput, chromium: chromium, poppler: poppler,
                                  paper: paper, progress: { line in if !quiet { print("sitegen pdf: wrote \(line)") } })
        let chosen = exams.isEmpty ? printer.availableExams() : exams
        do {
            guard !chosen.isEmpty else {
                throw PrintingError.nothingToPrint("\(paths.privateOutput)/exams/ holds no exam", hint: "run `sitegen build` first")
            }
            for exam in chosen {
                try await printer.print(exam, variants: onlyVariants.isEmpty ? nil : onlyVariants)
            }
            // The private index lists the PDFs now that they exist.
            if let manifest = DocumentManifest.read(from: options.privateOutput) {
                try Data(PrivateIndex.html(manifest).utf8).write(to: options.privateOutput.appendingPathComponent(PrivateIndex.path))
            }
        } catch let error as PrintingError {
            throw Console.failure(error.diagnostic)
        } catch {
            throw Console.failure(.error(.print, "cannot print: \(error.localizedDescription)"))
        }
    }
}
