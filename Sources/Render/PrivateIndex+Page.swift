import Bank
import Foundation
import Markup
import Mustache

/// The index page, from the manifest alone: a build writes it, and `sitegen grade`, `pdf` and
/// `export` write it again after adding their files, in the words the build recorded.
extension PrivateIndex {
    /// The keys of the language files the index prints.
    public static let words: Set<String> = [
        "privateOutput", "privateOutputOf", "privateIntro", "machineAnswers", "asWritten", "variantCode",
        "studentCopy", "answerKeyLink", "compactKeyLink", "printShopFile", "grading", "answerMatrixLink",
        "assignmentFile", "gradingSheet", "resultsReport", "gradebook", "rosterCopy", "rosterCopies",
        "noExam", "lmsExports", "exportsIntro",
    ]

    /// The index page: one section per exam, a row per form (as written, then each variant).
    public static func html(_ manifest: DocumentManifest) -> String {
        let exports = manifest.documents.filter { $0.kind == .export }
        let view = IndexView(
            lang: manifest.language, labels: manifest.labels, code: manifest.code,
            heading: manifest.word("privateOutputOf", ["course": manifest.course]),
            exportsIntro: HTML.escape(manifest.word("exportsIntro")).filling(["command": "<code>sitegen export</code>"]),
            exports: Link.list(exports, words: manifest), hasExports: !exports.isEmpty,
            exams: manifest.exams.map { ExamRow($0, documents: manifest.documents.filter { [id = $0.id] in $0.exam == id }, words: manifest) })
        return template.render(view)
    }

    struct IndexView {
        var lang: String; var labels: [String: String]; var code, heading, exportsIntro: String
        var exports: [Link]; var hasExports: Bool; var exams: [ExamRow]
    }

    struct ExamRow {
        var title, date, id: String; var answers: String?; var forms: [FormRow]; var grading: [Link]
        var students: [StudentRow]; var studentsSummary: String
        // Stored, not computed: the template reads fields by reflection.
        var hasGrading = false, hasStudents = false

        init(_ exam: DocumentManifest.Exam, documents: [DocumentManifest.Document], words: DocumentManifest) {
            title = exam.title
            date = exam.printedDate
            id = exam.id
            answers = documents.first { $0.kind == .answers }?.path
            grading = Link.list(documents.filter { [.answerMatrix, .assignment, .gradingSheet, .report, .gradebook].contains($0.kind) }, words: words)
            students = documents.filter { $0.student != nil && $0.kind == .student }.map { document in
                StudentRow(number: document.student!, form: document.variant ?? words.word("asWritten"),
                           links: Link.list(documents.filter { $0.student == document.student }, words: words))
            }
            studentsSummary = words.counted(students.count, one: "rosterCopy", many: "rosterCopies")
            let formDocuments = documents.filter { [.student, .key, .compactKey, .pdf].contains($0.kind) && $0.student == nil }
            var codes: [String?] = []
            for document in formDocuments where !codes.contains(document.variant) { codes.append(document.variant) }
            forms = codes.map { code in
                FormRow(name: code.map { words.word("variantCode", ["code": $0]) } ?? words.word("asWritten"),
                        links: Link.list(formDocuments.filter { $0.variant == code }, words: words))
            }
            hasGrading = !grading.isEmpty
            hasStudents = !students.isEmpty
        }
    }

    struct StudentRow { var number, form: String; var links: [Link] }
    struct FormRow { var name: String; var links: [Link] }

    struct Link {
        var href, label: String
        /// What stands before the link in a line of links: nothing for the first, a middle dot after.
        var separator: String

        static func list(_ documents: [DocumentManifest.Document], words: DocumentManifest) -> [Link] {
            documents.enumerated().map { Link(document: $1, words: words, separator: $0 == 0 ? "" : " ·") }
        }

        init(document: DocumentManifest.Document, words: DocumentManifest, separator: String) {
            href = document.path
            self.separator = separator
            let format = (document.path as NSString).pathExtension.uppercased()
            let name = { words.word(Self.word(document.printed ?? document.kind)) }
            label = switch document.kind {
            case .answers: "answers.json"
            case .export: String(document.path.dropFirst(DocumentManifest.exportsFolder.count + 1))
            case .student, .key, .compactKey, .report: name()
            case .answerMatrix where format == "HTML": name()
            case .pdf, .answerMatrix, .assignment, .gradingSheet, .gradebook: "\(name()) (\(format))"
            }
        }

        /// The key of the words that name a kind of document; a PDF without a source is the print-shop file.
        static func word(_ kind: DocumentManifest.Document.Kind) -> String {
            switch kind {
            case .student: "studentCopy"
            case .key: "answerKeyLink"
            case .compactKey: "compactKeyLink"
            case .answerMatrix: "answerMatrixLink"
            case .assignment: "assignmentFile"
            case .gradingSheet: "gradingSheet"
            case .gradebook: "gradebook"
            case .report: "resultsReport"
            case .pdf: "printShopFile"
            case .answers, .export: "" // named by their file
            }
        }
    }

    static let template = HTMLEscaping.template(source)

    /// The template; Mustache escapes every {{value}} (`HTMLEscaping`): titles come from the bank,
    /// words from the course's labels.
    public static let source = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{labels.privateOutput}} · {{code}}</title>
        <link rel="stylesheet" href="assets/style.css">
        </head>
        <body class="site">
        <main id="main">
        <h1>{{heading}}</h1>
        <p>{{labels.privateIntro}}</p>
        {{#exams}}
        <section class="private-exam" id="{{id}}">
        <h2>{{title}} · {{date}}</h2>
        {{#answers}}<p><a href="{{.}}">answers.json</a>: {{labels.machineAnswers}}</p>{{/answers}}
        <ul>
        {{#forms}}
          <li>{{name}}:{{#links}}{{separator}} <a href="{{href}}">{{label}}</a>{{/links}}</li>
        {{/forms}}
        </ul>
        {{#hasGrading}}
        <p>{{labels.grading}}:{{#grading}}{{separator}} <a href="{{href}}">{{label}}</a>{{/grading}}</p>
        {{/hasGrading}}
        {{#hasStudents}}
        <details><summary>{{studentsSummary}}</summary>
        <ul>
        {{#students}}
          <li>{{number}} ({{form}}):{{#links}}{{separator}} <a href="{{href}}">{{label}}</a>{{/links}}</li>
        {{/students}}
        </ul></details>
        {{/hasStudents}}
        </section>
        {{/exams}}
        {{^exams}}<p>{{labels.noExam}}</p>{{/exams}}
        {{#hasExports}}
        <section class="private-exports" id="exports">
        <h2>{{labels.lmsExports}}</h2>
        <p>{{{exportsIntro}}}</p>
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

        """
}
