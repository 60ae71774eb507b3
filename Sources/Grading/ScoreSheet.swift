import Bank
import Foundation

/// A filled-in grading sheet (`sitegen grade EXAM scores.csv`), read and checked against the
/// exam's forms and the roster's assignment. Every problem is located at its cell: an unknown
/// or repeated student, a wrong variant or fingerprint, a missing cell, points that are not a
/// number, negative or above the part's maximum, points for a part not on the student's form,
/// and columns that are unknown, repeated or missing.
public struct ScoreSheet: Sendable {
    /// One graded student: their form and the points of each part on it.
    public struct Row: Sendable, Hashable {
        public var student: Roster.Student
        public var code: String?
        public var points: [PartKey: Double]
        /// Where the row stands in the scores file.
        public var line: Int

        public var total: Double { points.values.reduce(0, +) }
    }

    /// In the order of the file.
    public var rows: [Row]
    /// Warnings: roster students without a row (they get no grade).
    public var warnings: [Diagnostic]

    /// Checks `table` against `forms` and `assignment`; throws every error found.
    /// `responses` fill the cells of machine-gradable parts that the table leaves empty.
    public init(_ table: CSVTable, forms: GradingForms, assignment: Assignment, responses: Responses? = nil) throws(DiagnosticError) {
        var diagnostics: [Diagnostic] = []
        let records = table.records.filter { !$0.isBlank }
        guard let header = records.first else {
            throw DiagnosticError(stage: .grade, diagnostics: [.error(at: SourceLocation(file: table.file, line: 1), "the scores file is empty",
                hint: "fill in the grading-sheet.csv that `sitegen build` wrote to private/exams/\(forms.exam.id)/")])
        }
        // Which column is what.
        var fixed: [String: Int] = [:]
        var parts: [(key: PartKey, column: Int)] = []
        let known = Dictionary(forms.columns.map { ($0.key, $0.points) }, uniquingKeysWith: { a, _ in a })
        for (index, field) in header.fields.enumerated() {
            let text = field.text.trimmingCharacters(in: .whitespaces)
            let at = table.location(field)
            if GradingSheet.fixedHeaders.contains(text.lowercased()) {
                if fixed[text.lowercased()] != nil { diagnostics.append(.error(at: at, "column `\(text)` appears twice")) }
                fixed[text.lowercased()] = index
            } else if let (key, points) = GradingSheet.parse(header: text), let maximum = known[key] {
                if parts.contains(where: { $0.key == key }) {
                    diagnostics.append(.error(at: at, "the column of part `\(key)` appears twice"))
                } else if let points, points != maximum {
                    diagnostics.append(.error(at: at, "the column says part `\(key)` is worth \(points) points, but the bank gives it \(maximum)",
                                              hint: "the exercise changed since the sheet was made: rebuild and copy the scores into the new grading-sheet.csv"))
                } else {
                    parts.append((key, index))
                }
            } else {
                let hint = Suggestion.hint(for: text, among: forms.columns.map { GradingSheet.header($0.key, $0.points) } + GradingSheet.fixedHeaders)
                diagnostics.append(.error(at: at, "unknown column `\(text)`\(hint)",
                                          hint: "the columns are those of grading-sheet.csv: number, name, variant, fingerprint and one per part"))
            }
        }
        if fixed["number"] == nil {
            diagnostics.append(.error(at: table.location(header), "the scores file has no `number` column", hint: "keep the header row of grading-sheet.csv"))
        }
        for column in forms.columns where !parts.contains(where: { $0.key == column.key }) {
            diagnostics.append(.error(at: table.location(header), "the scores file has no column for part `\(column.key)`",
                                      hint: "add the column `\(GradingSheet.header(column.key, column.points))`"))
        }
        guard diagnostics.isEmpty, let numberColumn = fixed["number"] else { throw DiagnosticError(stage: .grade, diagnostics: diagnostics) }

        var rows: [Row] = []
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            func cell(_ column: Int) -> (text: String, at: SourceLocation) {
                column < record.fields.count
                    ? (record.fields[column].text.trimmingCharacters(in: .whitespaces), table.location(record.fields[column]))
                    : ("", SourceLocation(file: table.file, line: record.line, column: (record.fields.last.map { $0.column + $0.text.count + 1 }) ?? 1))
            }
            if record.fields.count > header.fields.count {
                diagnostics.append(.error(at: table.location(record.fields[header.fields.count]),
                                          "this row has \(record.fields.count) cells but the header names \(header.fields.count) columns"))
                continue
            }
            let (number, numberAt) = cell(numberColumn)
            guard let entry = assignment.entry(for: number) else {
                let hint = Suggestion.closest(to: number, among: assignment.entries.map(\.student.number)).map { "did you mean `\($0)`?" }
                diagnostics.append(.error(at: numberAt, number.isEmpty ? "a row without a student number" : "student `\(number)` is not on the roster",
                                          hint: hint ?? "grade only the students of the roster; add a late student at the end of the roster and rebuild"))
                continue
            }
            if let first = seen[number] {
                diagnostics.append(.error(at: numberAt, "student `\(number)` has a second row", notes: ["the first is on line \(first)"]))
                continue
            }
            seen[number] = record.line
            let form = forms.form(entry.code)
            if let column = fixed["variant"] {
                let (written, at) = cell(column)
                if written.uppercased() != (entry.code ?? "") {
                    diagnostics.append(.error(at: at, "student `\(number)` sat variant \(entry.code ?? "(the exam as written)"), not `\(written)`",
                                              hint: "the variant comes from assignment.csv; grade the paper against that variant's key"))
                }
            }
            if let column = fixed["fingerprint"], let fingerprint = form?.fingerprint {
                let (written, at) = cell(column)
                if !written.isEmpty, written != fingerprint {
                    diagnostics.append(.error(at: at, "fingerprint `\(written)` is not that of variant \(entry.code ?? "") (`\(fingerprint)`)",
                                              hint: "the bank or the seed changed since the sheet was made: the papers were printed from another build"))
                }
            }
            var points: [PartKey: Double] = [:]
            for (key, column) in parts {
                let (text, at) = cell(column)
                guard let slot = form?.slot(key) else {
                    if !text.isEmpty && text != GradingSheet.notOnForm {
                        diagnostics.append(.error(at: at, "part `\(key)` is not on variant \(entry.code ?? "") of student `\(number)`",
                                                  hint: "leave the cell `\(GradingSheet.notOnForm)`"))
                    }
                    continue
                }
                if let scored = responses?.points[number]?[key] {
                    if text.isEmpty {
                        points[key] = scored
                    } else {
                        diagnostics.append(.error(at: at, "part `\(key)` of student `\(number)` has points here and a response in \(responses!.file)",
                                                  hint: "leave the cell empty to score the response, or remove the response"))
                    }
                    continue
                }
                if text.isEmpty || text == GradingSheet.notOnForm {
                    diagnostics.append(.error(at: at, "no points for part `\(key)` (printed as \(slot.printed)) of student `\(number)`",
                                              hint: "fill in the points, 0 when nothing was answered"))
                    continue
                }
                guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
                    diagnostics.append(.error(at: at, "`\(text)` is not a number of points"))
                    continue
                }
                if value < 0 {
                    diagnostics.append(.error(at: at, "negative points (\(text)) for part `\(key)`"))
                } else if value > slot.points.value {
                    diagnostics.append(.error(at: at, "\(text) points for part `\(key)` of student `\(number)`, above its maximum of \(slot.points)"))
                } else {
                    points[key] = value
                }
            }
            rows.append(Row(student: entry.student, code: entry.code, points: points, line: record.line))
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(stage: .grade, diagnostics: diagnostics) }
        let absent = assignment.entries.filter { seen[$0.student.number] == nil }
        warnings = absent.isEmpty ? [] : [.warning(at: SourceLocation(file: table.file, line: 1),
            "\(String(counting: absent.count, "student")) of the roster \(absent.count == 1 ? "has no row and gets" : "have no row and get") no grade",
            notes: absent.prefix(10).map { "\($0.student.number) \($0.student.name)" } + (absent.count > 10 ? ["…"] : []))]
        self.rows = rows
    }
}
