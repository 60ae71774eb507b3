import Bank
import Foundation

/// `results/gradebook.csv`: one row per graded student in the column layout of Canvas's
/// gradebook export — `Student`, `ID`, `SIS User ID`, `SIS Login ID`, `Section` — followed by
/// the exam's total and, with a scale, its grade. Canvas matches rows by `SIS User ID` (the
/// student number) or `SIS Login ID` (the roster's `login` or `email` column); its `ID` is
/// Canvas's own and stays empty. Moodle's CSV grade import takes the same file: map
/// "SIS User ID" to the user's ID number and the total (or grade) column to a grade item.
public enum Gradebook {
    public static let headers = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]

    /// The header of the total's column: `<exam title> (<exam id>) total`.
    public static func totalHeader(_ exam: ExamSpec) -> String { "\(exam.title) (\(exam.id)) total" }
    public static func gradeHeader(_ exam: ExamSpec) -> String { "\(exam.title) (\(exam.id)) grade" }

    public static func csv(_ results: ExamResults) -> String {
        let exam = results.exam
        var rows = [headers + [totalHeader(exam)] + (exam.scale == nil ? [] : [gradeHeader(exam)])]
        for student in results.students {
            let s = student.row.student
            rows.append([s.name, "", s.number, s.column("login") ?? s.column("email") ?? s.number, s.column("section") ?? "",
                         number(student.total)] + (student.grade.map { [$0.text] } ?? []))
        }
        return CSVTable.text(rows)
    }

    /// Points as a spreadsheet reads them: `12`, `12.5`, `12.25`.
    public static func number(_ value: Double) -> String {
        let text = String(format: "%.2f", value)
        return text.hasSuffix(".00") ? String(text.dropLast(3)) : text.hasSuffix("0") ? String(text.dropLast()) : text
    }
}
