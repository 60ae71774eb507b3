import Bank
import Foundation

/// `private/exams/<exam>/grading-sheet.csv`: one row per student (number, name, variant,
/// fingerprint) and one column per part of the bank that any form prints, headed
/// `<exercise>/<part> (max <points>)`. A cell is left empty for the grader where the part is on
/// the student's form and holds `-` where it is not; `sitegen grade` reads the filled-in sheet back.
public enum GradingSheet {
    public static let fixedHeaders = ["number", "name", "variant", "fingerprint"]
    /// What a cell holds for a part that is not on the student's form.
    public static let notOnForm = "-"

    /// `mlp-forward-backward-2026/a (max 4)`.
    public static func header(_ key: PartKey, _ points: Points) -> String { "\(key) (max \(points))" }

    /// The part key of a column header (its text before ` (max …)`), and the points it names.
    public static func parse(header: String) -> (key: PartKey, points: Points?)? {
        var text = Substring(header.trimmingCharacters(in: .whitespaces))
        var points: Points?
        if let open = text.range(of: " (max "), text.hasSuffix(")") {
            points = Points(String(text[open.upperBound..<text.index(before: text.endIndex)]))
            text = text[..<open.lowerBound]
        }
        guard let slash = text.lastIndex(of: "/") else { return nil }
        let exercise = String(text[..<slash]), label = String(text[text.index(after: slash)...])
        guard !exercise.isEmpty, !label.isEmpty else { return nil }
        return (PartKey(exercise: exercise, label: label), points)
    }

    public static func csv(forms: GradingForms, assignment: Assignment) -> String {
        var rows = [fixedHeaders + forms.columns.map { header($0.key, $0.points) }]
        for entry in assignment.entries {
            let form = forms.form(entry.code)
            rows.append([entry.student.number, entry.student.name, entry.code ?? "", form?.fingerprint ?? ""]
                        + forms.columns.map { form?.slot($0.key) == nil ? notOnForm : "" })
        }
        return CSVTable.text(rows)
    }
}

/// `private/exams/<exam>/assignment.csv`: every student's form, in roster order, with the
/// roster's other columns kept.
public enum AssignmentSheet {
    public static func csv(_ assignment: Assignment, forms: GradingForms, roster: Roster) -> String {
        var rows = [["number", "name", "variant", "fingerprint"] + roster.extraColumns]
        for entry in assignment.entries {
            rows.append([entry.student.number, entry.student.name, entry.code ?? "", forms.form(entry.code)?.fingerprint ?? ""]
                        + roster.extraColumns.map { entry.student.extra[$0] ?? "" })
        }
        return CSVTable.text(rows)
    }
}
