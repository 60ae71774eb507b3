import Bank
import Foundation
import Mustache
import Variants

/// `private/index.html`: every exam with its student copies, keys, variants, answers and PDFs, read
/// from the documents manifest; `sitegen serve` shows it at `/_private/`. A built-in template, not
/// the theme's: it is the instructor's table of contents, not a page of the course. Its words are
/// the course's (`words` of the language files), carried in the manifest.
public enum PrivateIndex {
    public static let path = "index.html"

    /// The manifest of what `editions` and the answer sheets of `answers` (exam ids) put in the
    /// private output, and of the LMS packages in `exports` (paths below the private output).
    /// `graded` (exam ids) have results from `sitegen grade`.
    /// The manifest records the course's language and all its words (`labels`): the index and the
    /// results report of `sitegen grade` are written again from it.
    public static func manifest(_ editions: [ExamEdition], answers: Set<String>, course: Course, labels: Labels,
                                graded: Set<String> = [], exports: [String] = []) -> DocumentManifest {
        var exams: [DocumentManifest.Exam] = []
        var documents: [DocumentManifest.Document] = []
        for edition in editions {
            let exam = edition.exam
            if !exams.contains(where: { $0.id == exam.id }) {
                exams.append(.init(id: exam.id, title: exam.title, date: exam.date.iso, printedDate: labels.date(exam.date)))
                if answers.contains(exam.id) {
                    documents.append(.init(path: "exams/\(exam.id)/answers.json", exam: exam.id, variant: nil, kind: .answers, paper: exam.paper))
                }
            }
            for kind in [DocumentManifest.Document.Kind.student, .key, .compactKey] {
                documents.append(.init(path: "\(edition.folder)/\(kind.rawValue).html", exam: exam.id, variant: edition.code,
                                       kind: kind, paper: exam.paper))
            }
        }
        for exam in exams {
            let variants = editions.filter { $0.exam.id == exam.id && $0.code != nil }
            guard let spec = variants.first?.exam,
                  variants.contains(where: { $0.exercises.contains { $0.parts.contains { $0.kind != .open } } }) else { continue }
            for path in [AnswerMatrix.htmlPath(of: spec), AnswerMatrix.csvPath(of: spec)] {
                documents.append(.init(path: path, exam: exam.id, variant: nil, kind: .answerMatrix, paper: spec.paper))
            }
        }
        for exam in exams where graded.contains(exam.id) {
            documents += DocumentManifest.results(of: exam.id, paper: editions.first { $0.exam.id == exam.id }?.exam.paper ?? .a4)
        }
        for exam in exams {
            guard let spec = editions.first(where: { $0.exam.id == exam.id })?.exam, let roster = spec.roster else { continue }
            for (kind, name) in [(DocumentManifest.Document.Kind.assignment, "assignment.csv"), (.gradingSheet, "grading-sheet.csv")] {
                documents.append(.init(path: "exams/\(exam.id)/\(name)", exam: exam.id, variant: nil, kind: kind, paper: spec.paper))
            }
            // Students' own copies in the order they are printed and handed out.
            let forms = editions.filter { $0.exam.id == exam.id }
            for student in roster.printOrder {
                guard let edition = forms.first(where: { $0.students.contains(student) }) else { continue }
                documents.append(.init(path: ExamEdition.studentCopy(student, of: spec), exam: exam.id, variant: edition.code,
                                       kind: .student, paper: spec.paper, student: student.number))
            }
        }
        documents += exports.map(exportDocument)
        return DocumentManifest(course: course.title, code: course.code, language: course.language,
                                labels: labels.words, exams: exams, documents: documents)
    }

    /// The manifest's entry for an LMS package at `path` (`exports/<name>/moodle.xml`).
    public static func exportDocument(_ path: String) -> DocumentManifest.Document {
        let name = path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
        return .init(path: path, exam: name, variant: nil, kind: .export, paper: .a4)
    }

    /// The manifest and the index page, as private output files.
    public static func files(_ manifest: DocumentManifest) -> [OutputFile] {
        [OutputFile(.private, DocumentManifest.path, manifest.json()),
         OutputFile(.private, path, html: html(manifest))]
    }
}
