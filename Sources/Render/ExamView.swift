import Bank
import Variants

/// An exam as its cover, student copy, answer key and public page show it.
struct ExamView {
    var id: String
    var title: String
    var course: String
    var date: String
    var dateLong: String
    var time: String?
    var duration: String?
    var instructions: [String]
    var closing: String?
    /// Institution, room and seat, statement and signature, page count (`cover:`).
    var cover: CoverView
    var total: String
    /// "40 points", in the course's language.
    var totalText: String
    var exercises: [ExerciseView]
    var gradingTable: GradingTableView
    var scoreTable: GradingTableView
    /// The CSS page size (`A4`, `letter`) of the printed documents.
    var paper: String
    /// The running header of every printed page but the cover, as a CSS string literal.
    var runningHeader: String
    /// Whether this is the answer key (the running header says so).
    var isKey: Bool
    /// The header's right side on every page of a key, and the page footer, as CSS `content` values.
    var keyHeader: String
    var pageFooter: String

    /// "A", "B", …; nil for the exam as written.
    var variantCode: String?
    var fingerprint: String?
    /// The student whose own copy this is: the cover carries their name and number.
    var student: Student?

    struct Student { var name, number: String }
    /// On a key of a form with machine-gradable parts: the grid of their answers, its first page.
    var answerGrid: AnswerGrid?

    /// `rendered` holds the edition's exercises, in its order; `frame`, what all forms of the exam
    /// share, is made here when not given.
    init(_ edition: ExamEdition, rendered: [RenderedExercise], renderer: ExerciseRenderer, labels: Labels,
         solutions: Bool, rubrics: Bool, frame: ExamFrame? = nil) {
        let exam = edition.exam
        let frame = frame ?? ExamFrame(exam, renderer: renderer, labels: labels)
        let exercises = edition.exercises
        let table = GradingTable(exercises: exercises)
        id = exam.id
        title = exam.title
        course = exam.course
        date = exam.date.iso
        dateLong = frame.dateLong
        time = frame.time
        duration = frame.duration
        instructions = frame.instructions
        closing = frame.closing
        cover = frame.cover(isKey: rubrics)
        total = table.total.description
        totalText = labels.points(table.total)
        let studentCopy = !solutions && !rubrics
        self.exercises = rendered.enumerated().map { index, exercise in
            ExerciseView(exercise, number: index + 1, title: exercise.exercise.title,
                         solutions: solutions && (exercise.exercise.showsSolutions || rubrics), rubrics: rubrics,
                         labels: labels, space: studentCopy && index < edition.spaces.count ? edition.spaces[index] : nil)
        }
        gradingTable = GradingTableView(table, blank: false, labels: labels)
        scoreTable = GradingTableView(table, blank: true, labels: labels)
        paper = exam.paper.cssSize
        variantCode = edition.code
        fingerprint = edition.fingerprint
        let variant = edition.code.map { " · \(labels["variantInline"]) \($0)" } ?? ""
        let print = edition.fingerprint.map { " · \($0)" } ?? ""
        runningHeader = CSS.string("\(exam.course) · \(exam.title) · \(exam.date.iso)\(variant)\(print)")
        isKey = rubrics
        keyHeader = CSS.string(rubrics ? labels["answerKeyHeader"] : "")
        pageFooter = frame.pageFooter
        let grid = rubrics ? AnswerGrid(rendered, labels: labels) : nil
        answerGrid = grid?.isEmpty == false ? grid : nil
    }
}
