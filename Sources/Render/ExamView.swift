import Bank

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
    var total: String
    var exercises: [ExerciseView]
    var gradingTable: GradingTableView
    var scoreTable: GradingTableView
    /// The CSS page size (`A4`, `letter`) of the printed documents.
    var paper: String
    /// The running header of every printed page but the cover, as a CSS string literal.
    var runningHeader: String
    /// Whether this is the answer key (the running header says so).
    var isKey: Bool

    init(_ exam: ExamSpec, bank: Bank, rendered: [String: RenderedExercise], renderer: ExerciseRenderer,
         solutions: Bool, rubrics: Bool) {
        let exercises = bank.exercises(of: exam)
        let table = GradingTable(exercises: exercises)
        id = exam.id
        title = exam.title
        course = exam.course
        date = exam.date.iso
        dateLong = exam.date.long
        time = exam.time
        duration = exam.duration.map { "\($0) minutes" }
        instructions = exam.instructions.map(renderer.inline)
        closing = exam.closing.map(renderer.inline)
        total = table.total.description
        let studentCopy = !solutions && !rubrics
        self.exercises = exercises.enumerated().compactMap { index, exercise in
            rendered[exercise.id].map {
                ExerciseView($0, number: index + 1, title: exercise.title,
                             solutions: solutions && ($0.exercise.showsSolutions || rubrics), rubrics: rubrics,
                             space: studentCopy && index < exam.items.count ? exam.items[index].space : nil)
            }
        }
        gradingTable = GradingTableView(table, blank: false)
        scoreTable = GradingTableView(table, blank: true)
        paper = exam.paper.cssSize
        runningHeader = CSS.string("\(exam.course) · \(exam.title) · \(exam.date.iso)")
        isKey = rubrics
    }
}
