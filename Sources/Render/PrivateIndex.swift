import Bank
import Foundation
import Mustache
import Variants

/// `private/index.html`: every exam with its student copies, keys, variants, answers and PDFs, read
/// from the documents manifest; `sitegen serve` shows it at `/_private/`. A built-in template, not
/// the theme's: it is the instructor's table of contents, not a page of the course.
public enum PrivateIndex {
    public static let path = "index.html"

    /// The manifest of what `editions` and the answer sheets of `answers` (exam ids) put in the
    /// private output, and of the LMS packages in `exports` (paths below the private output).
    /// `graded` (exam ids) have results from `sitegen grade`.
    public static func manifest(_ editions: [ExamEdition], answers: Set<String>, course: Course, graded: Set<String> = [],
                                exports: [String] = []) -> DocumentManifest {
        var exams: [DocumentManifest.Exam] = []
        var documents: [DocumentManifest.Document] = []
        for edition in editions {
            let exam = edition.exam
            if !exams.contains(where: { $0.id == exam.id }) {
                exams.append(.init(id: exam.id, title: exam.title, date: exam.date.iso))
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
        return DocumentManifest(course: course.title, code: course.code, exams: exams, documents: documents)
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

    /// The index page: one section per exam, a row per form (as written, then each variant).
    public static func html(_ manifest: DocumentManifest) -> String {
        let exports = manifest.documents.filter { $0.kind == .export }
        let view = IndexView(course: manifest.course, code: manifest.code, exports: exports.map { Link(document: $0) }, hasExports: !exports.isEmpty,
                             exams: manifest.exams.map { exam in
            let documents = manifest.documents.filter { $0.exam == exam.id }
            let grading = documents.filter { [.answerMatrix, .assignment, .gradingSheet, .report, .gradebook].contains($0.kind) }.map { Link(document: $0) }
            let students = documents.filter { $0.student != nil && $0.kind == .student }.map { document in
                StudentRow(number: document.student!, variant: document.variant ?? "",
                           links: documents.filter { $0.student == document.student }.map { Link(document: $0) })
            }
            let formDocuments = documents.filter { [.student, .key, .compactKey, .pdf].contains($0.kind) && $0.student == nil }
            var forms: [String?] = []
            for document in formDocuments where !forms.contains(document.variant) { forms.append(document.variant) }
            return ExamRow(title: exam.title, date: exam.date, id: exam.id,
                           answers: documents.first { $0.kind == .answers }?.path,
                           forms: forms.map { code in
                               FormRow(name: code.map { "Variant \($0)" } ?? "As written",
                                       links: formDocuments.filter { $0.variant == code }.map { Link(document: $0) })
                           },
                           grading: grading, students: students, hasGrading: !grading.isEmpty, hasStudents: !students.isEmpty)
        })
        return template.render(view)
    }

    struct IndexView {
        var course, code: String; var exports: [Link]; var hasExports: Bool; var exams: [ExamRow]
    }
    struct ExamRow { var title, date, id: String; var answers: String?; var forms: [FormRow]; var grading: [Link]; var students: [StudentRow]
        // Stored, not computed: the template reads fields by reflection.
        var hasGrading = false, hasStudents = false
    }
    struct StudentRow { var number, variant: String; var links: [Link] }
    struct FormRow { var name: String; var links: [Link] }
    struct Link {
        var href, label: String
        init(document: DocumentManifest.Document) {
            href = document.path
            let name = (document.path as NSString).lastPathComponent
            label = switch document.kind {
            case .student: "student copy"
            case .key: "answer key"
            case .compactKey: "compact key"
            case .answers: "answers.json"
            case .pdf: name
            case .assignment, .gradingSheet, .gradebook, .answerMatrix: name
            case .report: "results report"
            case .export: document.path.dropFirst(DocumentManifest.exportsFolder.count + 1).description
            }
        }
    }

    // Mustache escapes every {{value}}: titles come from the bank.
    static let template = try! MustacheTemplate(string: """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Private output · {{code}}</title>
        <link rel="stylesheet" href="assets/style.css">
        </head>
        <body class="site">
        <main id="main">
        <h1>{{course}}: private output</h1>
        <p>Student copies, answer keys and answers of every exam, released or not. Never publish this folder.</p>
        {{#exams}}
        <section class="private-exam" id="{{id}}">
        <h2>{{title}} · {{date}}</h2>
        {{#answers}}<p><a href="{{.}}">answers.json</a>: every form's answers, for grading by machine.</p>{{/answers}}
        <ul>
        {{#forms}}
          <li>{{name}}:{{#links}} <a href="{{href}}">{{label}}</a>{{/links}}</li>
        {{/forms}}
        </ul>
        {{#hasGrading}}
        <p>Grading:{{#grading}} <a href="{{href}}">{{label}}</a>{{/grading}}</p>
        {{/hasGrading}}
        {{#hasStudents}}
        <details><summary>Student copies, in the order they are handed out</summary>
        <ul>
        {{#students}}
          <li>{{number}} ({{variant}}):{{#links}} <a href="{{href}}">{{label}}</a>{{/links}}</li>
        {{/students}}
        </ul></details>
        {{/hasStudents}}
        </section>
        {{/exams}}
        {{^exams}}<p>The bank has no exam.</p>{{/exams}}
        {{#hasExports}}
        <section class="private-exports" id="exports">
        <h2>LMS exports</h2>
        <p>Written by <code>sitegen export</code>; they hold the answers.</p>
        <ul>
        {{#exports}}
          <li><a href="{{href}}">{{label}}</a></li>
        {{/exports}}
        </ul>
        </section>
        {{/hasExports}}
        </main>
        </body>
        </html>

        """)
}
