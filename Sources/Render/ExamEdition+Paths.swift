import Bank
import Variants

extension ExamEdition {
    /// Where its student copy and key are written in the private output.
    var folder: String {
        code.map { "exams/\(exam.id)/variants/\($0)" } ?? "exams/\(exam.id)"
    }

    /// Where a student's own copy is written in the private output.
    static func studentCopy(_ student: Roster.Student, of exam: ExamSpec) -> String {
        "exams/\(exam.id)/students/\(student.number)/student.html"
    }
}
