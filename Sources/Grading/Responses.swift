import Bank
import Foundation

/// A responses file for the machine-gradable parts: a header `number,part,answer`, then one row
/// per answer — the student number, the part (as a grading-sheet column names it,
/// `exercise/label`, or as the student's paper prints it, `2b`) and the answer as
/// `ResponseScoring` reads it. Each row is scored against that student's variant key; the
/// points fill the part's cell, which the scores file then leaves empty.
public struct Responses: Sendable {
    /// The points each response earned, by student number and part.
    public var points: [String: [PartKey: Double]]
    public var file: String

    public static let headers = ["number", "part", "answer"]

    public init(_ table: CSVTable, forms: GradingForms, assignment: Assignment) throws(DiagnosticError) {
        file = table.file
        var diagnostics: [Diagnostic] = []
        let records = table.records.filter { !$0.isBlank }
        guard let header = records.first, header.fields.map({ $0.text.trimmingCharacters(in: .whitespaces).lowercased() }) == Self.headers else {
            throw DiagnosticError(stage: .grade, diagnostics: [.error(at: SourceLocation(file: table.file, line: records.first?.line ?? 1),
                "a responses file starts with the header `number,part,answer`", hint: "one row per answer: student number, part (`exercise/a` or `2a`), answer")])
        }
        var points: [String: [PartKey: Double]] = [:]
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            func at(_ column: Int) -> SourceLocation {
                column < record.fields.count ? table.location(record.fields[column]) : table.location(record)
            }
            guard record.fields.count == 3 else {
                diagnostics.append(.error(at: table.location(record), "a response row has 3 cells (number, part, answer), this one \(record.fields.count)",
                                          hint: "put an answer holding a comma, such as `A, C`, in quotes"))
                continue
            }
            let number = record[0].trimmingCharacters(in: .whitespaces), partText = record[1].trimmingCharacters(in: .whitespaces)
            guard let entry = assignment.entry(for: number) else {
                diagnostics.append(.error(at: at(0), "student `\(number)` is not on the roster"))
                continue
            }
            guard let form = forms.form(entry.code),
                  let slot = form.slots.first(where: { $0.key.description == partText || $0.printed == partText }) else {
                diagnostics.append(.error(at: at(1), "variant \(entry.code ?? "") of student `\(number)` has no part `\(partText)`",
                                          hint: "name the part as the grading sheet does (`exercise/a`) or as the paper prints it (`2a`)"))
                continue
            }
            let id = "\(number) \(slot.key)"
            if let first = seen[id] {
                diagnostics.append(.error(at: at(1), "a second response of student `\(number)` to part `\(slot.key)`", notes: ["the first is on line \(first)"]))
                continue
            }
            seen[id] = record.line
            guard let key = slot.answer else {
                diagnostics.append(.error(at: at(1), "part `\(slot.key)` is an open part, graded by hand",
                                          hint: "give its points in the scores file"))
                continue
            }
            switch ResponseScoring.score(record[2], key, points: slot.points) {
            case .success(let earned): points[number, default: [:]][slot.key] = earned
            case .failure(let problem): diagnostics.append(.error(at: at(2), problem.message))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(stage: .grade, diagnostics: diagnostics) }
        self.points = points
    }
}
