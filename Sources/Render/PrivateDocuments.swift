import Bank
import Variants

/// The instructor's private documents: for every form of every exam, released or not, a student
/// copy to print, an answer key with model answers, rubrics and the grading table, and the
/// grader's compact key (results, points and rubrics only).
struct PrivateDocuments {
    var editions: [(ExamEdition, [RenderedExercise])]
    var renderer: ExerciseRenderer
    var labels: Labels

    func pages() -> [PageSpec] {
        forms() + matrices().map { exam, matrix in
            PageSpec(destination: .private, path: AnswerMatrix.htmlPath(of: exam), template: "answer-matrix",
                     title: "\(exam.title): \(labels["answerMatrix"])") {
                AnswerMatrixView(title: exam.title, items: matrix.items, rows: matrix.rows, paper: exam.paper.cssSize,
                                 runningHeader: CSS.string("\(exam.course) · \(exam.title) · \(exam.date.iso)"),
                                 keyHeader: CSS.string(labels["answerKeyHeader"]), pageFooter: labels.pageFooter)
            }
        }
    }

    /// The answer matrices as CSV, next to their pages.
    func files() -> [OutputFile] {
        matrices().map { exam, matrix in OutputFile(.private, AnswerMatrix.csvPath(of: exam), html: matrix.csv(labels: labels)) }
    }

    /// The answer matrix of every exam whose variants have machine-gradable parts.
    func matrices() -> [(ExamSpec, AnswerMatrix)] {
        var exams: [ExamSpec] = []
        for (edition, _) in editions where edition.code != nil && !exams.contains(where: { $0.id == edition.exam.id }) {
            exams.append(edition.exam)
        }
        return exams.compactMap { exam in
            let forms = editions.filter { $0.0.exam.id == exam.id }.compactMap { edition, rendered in
                edition.code.map { (code: $0, exercises: rendered) }
            }
            return AnswerMatrix(forms, labels: labels).map { (exam, $0) }
        }
    }

    private func forms() -> [PageSpec] {
        // Title, dates, instructions and covers are the same on every form: made once per exam.
        var frames: [String: ExamFrame] = [:]
        for (edition, _) in editions where frames[edition.exam.id] == nil {
            frames[edition.exam.id] = ExamFrame(edition.exam, renderer: renderer, labels: labels)
        }
        return editions.flatMap { edition, rendered in
            let exam = edition.exam
            let frame = frames[exam.id]
            let name = edition.code.map { "\(exam.title), \(labels["variantInline"]) \($0)" } ?? exam.title
            let copies = edition.students.map { student in
                PageSpec(destination: .private, path: ExamEdition.studentCopy(student, of: exam), template: "exam-student",
                         title: "\(name): \(labels["examTitle"]) · \(student.name)", repeatsShape: true) {
                    var view = ExamView(edition, rendered: rendered, renderer: renderer, labels: labels, solutions: false, rubrics: false, frame: frame)
                    view.student = .init(name: student.name, number: student.number)
                    return view
                }
            }
            return copies + [
                PageSpec(destination: .private, path: "\(edition.folder)/student.html", template: "exam-student",
                         title: "\(name): \(labels["examTitle"])", repeatsShape: true) {
                    ExamView(edition, rendered: rendered, renderer: renderer, labels: labels, solutions: false, rubrics: false, frame: frame)
                },
                PageSpec(destination: .private, path: "\(edition.folder)/key.html", template: "exam-key",
                         title: "\(name): \(labels["answerKeyTitle"])", repeatsShape: true) {
                    ExamView(edition, rendered: rendered, renderer: renderer, labels: labels, solutions: true, rubrics: true, frame: frame)
                },
                PageSpec(destination: .private, path: "\(edition.folder)/key-compact.html", template: "exam-key-compact",
                         title: "\(name): \(labels["compactKeyTitle"])", repeatsShape: true) {
                    CompactKeyView(ExamView(edition, rendered: rendered, renderer: renderer, labels: labels, solutions: true, rubrics: true, frame: frame),
                                   rendered: rendered, renderer: renderer, labels: labels)
                },
            ]
        }
    }
}
