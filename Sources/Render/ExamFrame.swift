import Bank

/// What every printed form of an exam shows alike and takes work to make, made once per exam
/// instead of once per variant and document: the date in words, times, instructions, the two
/// covers (the student's and the key's) and the page footer, in the course's language.
struct ExamFrame: Sendable {
    var dateLong: String
    var time: String?
    var duration: String?
    var instructions: [String]
    var closing: String?
    var studentCover: CoverView
    var keyCover: CoverView
    var pageFooter: String

    init(_ exam: ExamSpec, renderer: ExerciseRenderer, labels: Labels) {
        dateLong = labels.date(exam.date)
        time = exam.time.map(Typography.ranges)
        duration = exam.duration.map { "\($0) \(labels["minutes"])" }
        instructions = exam.instructions.map(renderer.inline)
        closing = exam.closing.map(renderer.inline)
        studentCover = CoverView(exam.cover, isKey: false, renderer: renderer, labels: labels)
        keyCover = CoverView(exam.cover, isKey: true, renderer: renderer, labels: labels)
        pageFooter = labels.pageFooter
    }

    /// The cover of the key (`rubrics`) or of a student copy.
    func cover(isKey: Bool) -> CoverView { isKey ? keyCover : studentCover }
}
