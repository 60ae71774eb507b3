import Bank

/// One printed form of an exam, as compute produces it for render: the exam as written, or one of
/// its variants, with its exercises filled in (parameters replaced), in the order and with the
/// titles of that form.
public struct ExamEdition: Sendable {
    public var exam: ExamSpec
    public var exercises: [Exercise]
    /// The answer space of each exercise's slot, in the same order.
    public var spaces: [AnswerSpaceSpec?]
    /// "A", "B", …; nil for the exam as written.
    public var code: String?
    /// A short hash of the seed and the exact bank content this form used.
    public var fingerprint: String?
    /// The students of the exam's roster who sit this form, each given a copy with their name
    /// and number on the cover.
    public var students: [Roster.Student]

    public init(exam: ExamSpec, exercises: [Exercise], spaces: [AnswerSpaceSpec?], code: String? = nil, fingerprint: String? = nil,
                students: [Roster.Student] = []) {
        self.exam = exam
        self.students = students
        self.exercises = exercises
        self.spaces = spaces
        self.code = code
        self.fingerprint = fingerprint
    }

    /// The exam as written, from a bank whose exercises are already filled in.
    public init(asWritten exam: ExamSpec, in bank: Bank) {
        let exercises = bank.exercises(of: exam)
        let spaces = exam.items.flatMap { item in Array(repeating: item.space, count: min(item.pick, bank.candidates(for: item).count)) }
        self.init(exam: exam, exercises: exercises, spaces: spaces)
    }

    /// A variant as it is printed, for the students of the roster who sit it.
    public init(_ variant: ExamVariant, of exam: ExamSpec, students: [Roster.Student] = []) {
        self.init(exam: exam, exercises: variant.exercises.map(\.exercise), spaces: variant.spaces,
                  code: variant.code, fingerprint: variant.fingerprint, students: students)
    }
}
