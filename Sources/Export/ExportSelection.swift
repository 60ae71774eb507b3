import Bank

/// What an export holds: an exam's slots, a topic's exercises, or a list of exercises, each slot
/// with the exercises it may draw from.
public struct ExportSelection: Sendable {
    /// One place of the quiz: a fixed exercise, or a pool that gives `pick` of its candidates.
    public struct Slot: Sendable {
        public var candidates: [Exercise]
        public var pick: Int
    }

    /// The folder name below `private/exports/`, and the identifier of the packages.
    public var name: String
    public var title: String
    public var slots: [Slot]
    /// The exam, when an exam is exported: its seed and fingerprints follow the printed variants.
    public var exam: ExamSpec?

    /// Every exercise the export may draw, once, in the order of the slots.
    public var exercises: [Exercise] {
        var seen: Set<String> = []
        return slots.flatMap(\.candidates).filter { seen.insert($0.id).inserted }
    }

    /// Resolves what the command line names: an exam id, a topic slug, or exercise ids.
    public static func resolve(_ names: [String], in bank: Bank, name: String?) throws(DiagnosticError) -> ExportSelection {
        func fail(_ message: String, hint: String? = nil) -> DiagnosticError {
            DiagnosticError(stage: .load, diagnostics: [.error(.load, message, hint: hint)])
        }
        guard !names.isEmpty else { throw fail("name an exam, a topic or exercises to export") }
        if names.count == 1, let exam = bank.exams.first(where: { $0.id == names[0] }) {
            let slots = exam.items.map { item in
                Slot(candidates: bank.candidates(for: item).map { exercise in
                    var titled = exercise
                    if let title = item.title { titled.metadata.title = title }
                    return titled
                }, pick: item.pick)
            }
            return ExportSelection(name: name ?? exam.id, title: exam.title, slots: slots, exam: exam)
        }
        if names.count == 1, let topic = bank.course.topic(names[0]) {
            let exercises = bank.exercises(in: topic)
            guard !exercises.isEmpty else { throw fail("topic `\(topic.slug)` has no exercise to export") }
            return ExportSelection(name: name ?? topic.slug, title: topic.title,
                                   slots: exercises.map { Slot(candidates: [$0], pick: 1) }, exam: nil)
        }
        var exercises: [Exercise] = []
        for id in names {
            guard let exercise = bank.exercise(id) else {
                let known = bank.exams.map(\.id) + bank.course.topics.map(\.slug) + bank.exercises.map(\.id)
                throw fail("`\(id)` is no exam, topic or exercise of the bank",
                           hint: Suggestion.closest(to: id, among: known).map { "did you mean `\($0)`?" })
            }
            exercises.append(exercise)
        }
        guard let first = exercises.first else { throw fail("name an exam, a topic or exercises to export") }
        let folder = name ?? (exercises.count == 1 ? first.id : "exercises")
        return ExportSelection(name: folder, title: exercises.count == 1 ? first.title : "Exercises",
                               slots: exercises.map { Slot(candidates: [$0], pick: 1) }, exam: nil)
    }
}
