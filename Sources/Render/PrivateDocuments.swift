import Bank

/// The instructor's private documents: for every form of every exam, released or not, a student
/// copy to print and an answer key with model answers, rubrics and the grading table.
struct PrivateDocuments {
    var editions: [(ExamEdition, [RenderedExercise])]
    var renderer: ExerciseRenderer

    func pages() -> [PageSpec] {
        editions.flatMap { edition, rendered in
            let exam = edition.exam
            let name = edition.code.map { "\(exam.title), variant \($0)" } ?? exam.title
            return [
                PageSpec(destination: .private, path: "\(edition.folder)/student.html", template: "exam-student",
                         title: "\(name): exam") {
                    ExamView(edition, rendered: rendered, renderer: renderer, solutions: false, rubrics: false)
                },
                PageSpec(destination: .private, path: "\(edition.folder)/key.html", template: "exam-key",
                         title: "\(name): answer key") {
                    ExamView(edition, rendered: rendered, renderer: renderer, solutions: true, rubrics: true)
                },
            ]
        }
    }
}
