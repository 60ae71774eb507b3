import Bank
import Grading
import Render
import Variants

/// Stage 3, compute: every parameter drawn, every answer computed by the engine and cross-checked —
/// the exercises as written (default parameters), practice variants for the site, and every exam's
/// printed forms with their `answers.json`.
public struct ComputedBank: Sendable {
    /// The bank with every exercise filled in with its default parameters.
    public var bank: Bank
    /// For each exam: the form as written, then its variants.
    public var editions: [ExamEdition]
    /// Pre-generated variants of public parametrized exercises, by exercise id.
    public var practice: [String: [Exercise]]
    /// `answers.json` of every exam, by exam id.
    public var answerSheets: [String: [UInt8]]
    /// `assignment.csv` and `grading-sheet.csv` of every exam with a roster, by path in the private output.
    public var gradingFiles: [(path: String, text: String)]
    /// How many variants were made, over all exams.
    public var variantCount: Int

    /// How many practice variants the site shows for a parametrized exercise.
    public static let practiceCount = 3
    /// How many draws a practice variant gets to differ from every form of the unreleased exams
    /// that hold its exercise; after that, fewer practice variants are shown.
    static let practiceDraws = 8 * practiceCount

    /// Practice variants of `exercise`, each keeping only the parts whose numbers change, redrawn
    /// when one would repeat a form of an unreleased exam (the publication rule withholds those).
    static func practice(_ exercise: Exercise, written: Exercise?, maker: VariantMaker,
                         publication: Publication) throws(VariantError) -> [Exercise] {
        var variants: [Exercise] = []
        for draw in 1...practiceDraws where variants.count < practiceCount {
            var variant = try maker.make(exercise, seed: stableHash("practice/\(exercise.id)/\(draw)")).exercise
            // Only the parts whose numbers change are worth practising again.
            variant.parts = variant.parts.filter { part in
                let original = written?.parts.first { $0.label == part.label }
                return original?.question.text != part.question.text || original?.answer.text != part.answer.text
            }
            if variant.stem?.text == written?.stem?.text { variant.stem = nil }
            guard variant.stem != nil || !variant.parts.isEmpty else { continue }
            if publication.mayPractise(variant) { variants.append(variant) }
        }
        return variants
    }

    public init(_ bank: Bank, variants: Int? = nil, seed: UInt64? = nil) async throws(DiagnosticError) {
        var diagnostics: [Diagnostic] = []
        let maker = try VariantMaker(bank: bank)

        var filled: [Exercise] = []
        var asWritten: [String: ExerciseVariant] = [:]
        for exercise in bank.exercises {
            do {
                let variant = try maker.asWritten(exercise)
                asWritten[exercise.id] = variant
                filled.append(variant.exercise)
            } catch { diagnostics.append(error.diagnostic) }
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(stage: .compute, diagnostics: diagnostics) }
        self.bank = Bank(course: bank.course, exercises: filled, exams: bank.exams)

        var editions: [ExamEdition] = []
        var sheets: [String: [UInt8]] = [:]
        var grading: [(path: String, text: String)] = []
        var count = 0
        for exam in bank.exams {
            let written = ExamEdition(asWritten: exam, in: self.bank)
            editions.append(written)
            let examSeed = VariantMaker.seed(of: exam, override: seed)
            let wanted = variants ?? exam.variants ?? 0
            // Each variant's entry of answers.json is encoded on the core that made the variant.
            let made = await (0..<wanted).map { $0 }.concurrentMap { index in
                Result { () throws(VariantError) in
                    let variant = try maker.variant(index, of: exam, seed: examSeed)
                    return (variant, AnswerSheet.entry(variant))
                }
            }
            var examVariants: [ExamVariant] = []
            var entries: [[UInt8]?] = []
            for result in made {
                switch result {
                case .success(let (variant, entry)):
                    examVariants.append(variant)
                    entries.append(entry)
                case .failure(let error): diagnostics.append(error.diagnostic)
                }
            }
            if let first = examVariants.first, let odd = examVariants.first(where: { $0.points != first.points }) {
                diagnostics.append(.error(at: exam.location, "variant \(odd.code) of exam `\(exam.id)` totals \(odd.points.spelledOut) but variant A totals \(first.points.spelledOut)"))
            }
            let writtenForm = bank.exercises(of: exam).compactMap { asWritten[$0.id] }
            var seated: [String?: [Roster.Student]] = [:]
            if let roster = exam.roster {
                let forms = GradingForms(exam: exam, bank: bank, variants: examVariants, asWritten: writtenForm.map(\.exercise))
                let assignment = Assignment(roster: roster, codes: examVariants.map(\.code), seed: examSeed)
                for entry in assignment.entries { seated[entry.code, default: []].append(entry.student) }
                grading.append(("exams/\(exam.id)/assignment.csv", AssignmentSheet.csv(assignment, forms: forms, roster: roster)))
                grading.append(("exams/\(exam.id)/grading-sheet.csv", GradingSheet.csv(forms: forms, assignment: assignment)))
                if examVariants.isEmpty { editions[editions.count - 1].students = seated[nil] ?? [] }
            }
            editions += examVariants.map { ExamEdition($0, of: exam, students: seated[$0.code] ?? []) }
            sheets[exam.id] = Array(AnswerSheet.json(exam: exam, seed: examSeed, asWritten: writtenForm, variants: examVariants, entries: entries))
            count += examVariants.count
        }
        let publication = Publication(self.bank, editions: editions)
        practice = [:]
        for exercise in bank.exercises where exercise.isPublic && exercise.metadata.isParametrized {
            do {
                practice[exercise.id] = try Self.practice(exercise, written: asWritten[exercise.id]?.exercise,
                                                          maker: maker, publication: publication)
            } catch { diagnostics.append(error.diagnostic) }
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(stage: .compute, diagnostics: diagnostics) }
        self.editions = editions
        answerSheets = sheets
        gradingFiles = grading
        variantCount = count
    }
}
