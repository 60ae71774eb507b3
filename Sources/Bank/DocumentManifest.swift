import Foundation

/// `private/documents.json`: every document a build wrote to the private output, with what it is,
/// so that printing and the private index read it instead of guessing from file names.
public struct DocumentManifest: Codable, Sendable, Equatable {
    /// Where the manifest is written, below the private output.
    public static let path = "documents.json"
    /// Where `sitegen export` writes, below the private output: a build keeps this folder.
    public static let exportsFolder = "exports"

    public struct Exam: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        /// ISO 8601: `2019-01-22`.
        public var date: String
        /// The date as the course's language writes it (`dinsdag 22 januari 2019`), for the index.
        public var printedDate: String

        public init(id: String, title: String, date: String, printedDate: String? = nil) {
            self.id = id
            self.title = title
            self.date = date
            self.printedDate = printedDate ?? date
        }
    }

    public struct Document: Codable, Sendable, Hashable {
        public enum Kind: String, Codable, Sendable {
            /// The copy handed to students.
            case student
            /// The answer key with model answers, rubrics and the grading table.
            case key
            /// The grader's compact key: results, points and rubrics, without worked solutions.
            case compactKey = "key-compact"
            /// `answers.json`: every variant's answers, for grading by machine.
            case answers
            /// A PDF that `sitegen pdf` printed from one of the above, or the print-shop file.
            case pdf
            /// `assignment.csv`: which form each student of the roster sits.
            case assignment
            /// `grading-sheet.csv`: a row per student, a column per part, to fill in.
            case gradingSheet = "grading-sheet"
            /// `results/report.html` of `sitegen grade`: totals, grades and item statistics.
            case report
            /// `results/gradebook.csv` of `sitegen grade`, for the LMS's gradebook import.
            case gradebook
            /// An LMS package `sitegen export` wrote to `exports/<name>/`; `exam` is the export's name.
            case export
            /// `answer-matrix.html` and `.csv`: every variant × machine-gradable item, for a stencil.
            case answerMatrix = "answer-matrix"
        }

        /// Relative to the private output: `exams/x/student.html`, `exams/x/variants/A/key.html`.
        public var path: String
        public var exam: String
        /// "A", "B", …; nil for the exam as written (and for what belongs to the whole exam).
        public var variant: String?
        public var kind: Kind
        public var paper: Paper
        /// The student number of a student's own copy (and of its PDF); nil for every other document.
        public var student: String?
        /// What a PDF prints (`student`, `key`, `key-compact`); nil for the print-shop file, which
        /// joins the student copies, and for every document that is not a PDF.
        public var printed: Kind?

        public init(path: String, exam: String, variant: String?, kind: Kind, paper: Paper, student: String? = nil,
                    printed: Kind? = nil) {
            self.path = path
            self.exam = exam
            self.variant = variant
            self.kind = kind
            self.paper = paper
            self.student = student
            self.printed = printed
        }
    }

    /// The course's title and code, for the index page.
    public var course: String
    public var code: String
    /// The course's `language:` and the words of the index page in it (its `labels:` laid over),
    /// by key: `sitegen grade`, `pdf` and `export` write the index again from this manifest alone.
    public var language: String
    public var labels: [String: String]
    public var exams: [Exam]
    public var documents: [Document]

    public init(course: String, code: String, language: String = "en", labels: [String: String] = [:],
                exams: [Exam], documents: [Document]) {
        self.course = course
        self.code = code
        self.language = language
        self.labels = labels
        self.exams = exams
        self.documents = documents
    }

    /// What `sitegen grade` writes for an exam: the report and the gradebook file.
    public static func results(of exam: String, paper: Paper) -> [Document] {
        [Document(path: "exams/\(exam)/results/report.html", exam: exam, variant: nil, kind: .report, paper: paper),
         Document(path: "exams/\(exam)/results/gradebook.csv", exam: exam, variant: nil, kind: .gradebook, paper: paper)]
    }

    /// The manifest as written: sorted keys, one stable form for the same build.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Writes the manifest into a private output folder.
    public func write(to privateOutput: URL) throws {
        try json().write(to: privateOutput.appendingPathComponent(Self.path))
    }

    /// The manifest in a private output folder; nil when there is none (nothing built yet).
    public static func read(from privateOutput: URL) -> DocumentManifest? {
        guard let data = FileManager.default.contents(atPath: privateOutput.appendingPathComponent(path).path) else { return nil }
        return try? JSONDecoder().decode(DocumentManifest.self, from: data)
    }
}
