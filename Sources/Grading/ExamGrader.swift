import Bank
import Foundation
import Variants

/// `sitegen grade EXAM scores.csv`, as a library: loads the bank, remakes the exam's forms and the
/// roster's assignment exactly as the build did (same seed, same variants), checks the scores
/// file against them, computes the results and writes `results/report.html` and
/// `results/gradebook.csv` below `private/exams/<exam>/`.
public struct ExamGrader: Sendable {
    public var bank: URL
    public var privateOutput: URL
    /// As the build was told: `--variants` and `--seed`.
    public var variants: Int?
    public var seed: UInt64?
    /// `--roster EXAM=FILE`: rosters by exam id, in place of the exam files' `roster:`.
    public var rosters: [String: URL]
    /// How paths are written in diagnostics.
    public var displayBase: URL

    public init(bank: URL, privateOutput: URL, variants: Int? = nil, seed: UInt64? = nil, rosters: [String: URL] = [:],
                displayBase: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.bank = bank
        self.privateOutput = privateOutput
        self.variants = variants
        self.seed = seed
        self.rosters = rosters
        self.displayBase = displayBase
    }

    /// What a run produced: the results, the files written (relative to the private output) and warnings.
    public struct Outcome: Sendable {
        public var results: ExamResults
        public var written: [String]
        public var warnings: [Diagnostic]
    }

    /// The exam's forms and its roster's assignment, as the build makes them.
    public func forms(of examID: String) throws(DiagnosticError) -> (GradingForms, Assignment) {
        let loader = BankLoader(root: bank, displayBase: displayBase, rosters: rosters)
        let bank = try loader.load()
        guard let exam = bank.exams.first(where: { $0.id == examID }) else {
            let known = bank.exams.map(\.id)
            throw DiagnosticError(.error(.grade, "the bank has no exam `\(examID)`\(Suggestion.hint(for: examID, among: known))",
                                         hint: known.isEmpty ? nil : "its exams are \(known.map { "`\($0)`" }.joined(separator: ", "))"))
        }
        guard let roster = exam.roster else {
            throw DiagnosticError(.error(.grade, "exam `\(examID)` has no roster",
                                         hint: "add `roster: students.csv` to \(exam.location.file), or give --roster \(examID)=FILE"))
        }
        let maker = try VariantMaker(bank: bank)
        let examSeed = VariantMaker.seed(of: exam, override: seed)
        var made: [ExamVariant] = []
        var written: [Exercise] = []
        do {
            for index in 0..<(variants ?? exam.variants ?? 0) { made.append(try maker.variant(index, of: exam, seed: examSeed)) }
            for exercise in bank.exercises(of: exam) { written.append(try maker.asWritten(exercise).exercise) }
        } catch {
            throw DiagnosticError(stage: .compute, diagnostics: [error.diagnostic])
        }
        return (GradingForms(exam: exam, bank: bank, variants: made, asWritten: written),
                Assignment(roster: roster, codes: made.map(\.code), seed: examSeed))
    }

    /// Grades `scores` (shown in diagnostics as `display`), with the machine-gradable parts of
    /// `responses` (file and display) scored against each student's key, and writes the results.
    public func grade(_ examID: String, scores: URL, display: String, responses: (URL, String)? = nil) throws(DiagnosticError) -> Outcome {
        let (forms, assignment) = try forms(of: examID)
        let scored = try responses.map { (url, shown) throws(DiagnosticError) in
            try Responses(try Self.table(url, display: shown, what: "responses"), forms: forms, assignment: assignment)
        }
        let sheet = try ScoreSheet(try Self.table(scores, display: display, what: "scores"), forms: forms, assignment: assignment, responses: scored)
        let results = ExamResults(sheet: sheet, forms: forms)
        let manifest = DocumentManifest.read(from: privateOutput)
        guard var manifest, manifest.exams.contains(where: { $0.id == examID }) else {
            throw DiagnosticError(.error(.grade, "exam `\(examID)` has not been built into \(privateOutput.path)",
                                         hint: "run `sitegen build` first: the results go beside the exam's grading sheet"))
        }
        let folder = privateOutput.appendingPathComponent(GradingResults.folder(examID))
        let files = [("report.html", ResultsReport.html(results, words: manifest)), ("gradebook.csv", Gradebook.csv(results))]
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, contents) in files { try Data(contents.utf8).write(to: folder.appendingPathComponent(name), options: .atomic) }
            let paper = forms.exam.paper
            for document in DocumentManifest.results(of: examID, paper: paper) where !manifest.documents.contains(document) {
                manifest.documents.append(document)
            }
            try manifest.write(to: privateOutput)
        } catch {
            throw DiagnosticError(.error(.grade, "cannot write the results to \(folder.path): \(error.localizedDescription)"))
        }
        return Outcome(results: results, written: files.map { "\(GradingResults.folder(examID))/\($0.0)" }, warnings: sheet.warnings)
    }

    static func table(_ url: URL, display: String, what: String) throws(DiagnosticError) -> CSVTable {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(.error(.grade, "cannot read the \(what) file `\(display)` as UTF-8 text", hint: "save it as CSV UTF-8"))
        }
        return try CSVTable(file: display, text: text)
    }
}
