import Bank

/// The instructor's private documents: for every exam, released or not, a student copy to print
/// and an answer key with model answers, rubrics and the grading table.
struct PrivateDocuments {
    var bank: Bank
    var rendered: [String: RenderedExercise]
    var renderer: ExerciseRenderer

    func pages() -> [PageSpec] {
        bank.exams.flatMap { exam in
            [
                PageSpec(destination: .private, path: SitePaths.studentCopy(exam.id), template: "exam-student",
                         title: "\(exam.title): exam",
                         content: ExamView(exam, bank: bank, rendered: rendered, renderer: renderer, solutions: false, rubrics: false)),
                PageSpec(destination: .private, path: SitePaths.answerKey(exam.id), template: "exam-key",
                         title: "\(exam.title): answer key",
                         content: ExamView(exam, bank: bank, rendered: rendered, renderer: renderer, solutions: true, rubrics: true)),
            ]
        }
    }
}
