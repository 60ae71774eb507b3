import Bank
import Variants

/// The publication rule: the one place that decides what of the bank may reach the public site.
/// Every public page, the search index and the practice variants take their content from here,
/// already cut down, so a template can only show what the rule lets through.
///
/// - An exam is published when it is `released: true`.
/// - A `visibility: private` exercise is withheld everywhere. In a released exam it keeps its
///   place as a heading with its number and points; its title, tags, source, stem, parts'
///   titles, questions, answers and rubrics stay private.
/// - A public exercise shows its questions; its worked solutions only with `solutions: public`.
/// - Rubrics are never published.
/// - A practice variant is published only with its exercise, and never when it repeats what a
///   form of an unreleased exam asks or answers.
public struct Publication: Sendable {
    /// How much of an exercise a place may show.
    public enum Share: Sendable, Comparable {
        /// Nothing but its place (number and points) in a published exam.
        case withheld
        /// Its questions, without worked solutions.
        case questions
        /// Its questions and worked solutions.
        case solutions
    }

    public var bank: Bank
    /// The printed forms (as written and variants) of exams that are not released: practice
    /// variants must not repeat them.
    var unreleasedForms: [String: [Exercise]]

    public init(_ bank: Bank, editions: [ExamEdition] = []) {
        self.bank = bank
        var forms: [String: [Exercise]] = [:]
        for edition in editions where !edition.exam.released {
            for exercise in edition.exercises { forms[exercise.id, default: []].append(exercise) }
        }
        unreleasedForms = forms
    }

    /// The rule itself: how much of `exercise` the public site may show.
    public func share(of exercise: Exercise) -> Share {
        guard exercise.isPublic else { return .withheld }
        return exercise.showsSolutions ? .solutions : .questions
    }

    /// Whether an exam (its cover, its list of exercises) is on the public site.
    public func publishes(_ exam: ExamSpec) -> Bool { exam.released }

    /// The exercises with pages of their own, in the bank's order.
    public var exercises: [Exercise] { bank.exercises.filter { share(of: $0) > .withheld }.map(cut) }

    public func exercises(in topic: Topic) -> [Exercise] { exercises.filter { $0.metadata.topic == topic.slug } }

    /// The released exams, in the bank's order.
    public var exams: [ExamSpec] { bank.exams.filter(publishes) }

    /// An exercise cut down to what the rule allows (for an exam page: withheld ones keep their
    /// points only).
    public func cut(_ exercise: Exercise) -> Exercise {
        var cut = exercise
        let share = share(of: exercise)
        for index in cut.parts.indices {
            cut.parts[index].rubric = []
            if share < .solutions {
                cut.parts[index].answer.text = ""
                cut.parts[index].explanation = nil
                cut.parts[index].gradable = cut.parts[index].gradable?.withoutAnswers
            }
            if share == .withheld {
                cut.parts[index].question.text = ""
                cut.parts[index].title = nil
                cut.parts[index].gradable = nil
            }
        }
        if share == .withheld {
            cut.metadata = cut.metadata.withheld
            cut.stem = nil
        }
        return cut
    }

    /// A rendered exercise cut down in the same way; nil when nothing of it may be shown outside
    /// an exam.
    public func cut(_ rendered: RenderedExercise, inExam: Bool = false) -> RenderedExercise? {
        let share = share(of: rendered.exercise)
        if share == .withheld && !inExam { return nil }
        var cut = RenderedExercise(exercise: self.cut(rendered.exercise), stem: rendered.stem, parts: [])
        cut.parts = rendered.parts.map { part in
            let original = part.part
            var part = part
            part.part = cut.exercise.parts.first { $0.label == original.label } ?? original
            part.rubric = []
            if share < .solutions {
                part.answer = ""
                part.gradable = part.gradable?.withoutAnswers
            }
            if share == .withheld {
                part.question = ""
                part.gradable = nil
            }
            return part
        }
        if share == .withheld { cut.stem = nil }
        cut.isWithheld = share == .withheld
        return cut
    }

    /// The practice variants of an exercise that may be published: none for a withheld
    /// exercise, and none that repeats a form of an unreleased exam.
    public func practice(_ variants: [RenderedExercise], of exercise: Exercise) -> [RenderedExercise] {
        guard share(of: exercise) > .withheld else { return [] }
        return variants.filter { mayPractise($0.exercise) }.compactMap { cut($0) }
    }

    /// Whether a practice variant differs from every form of every unreleased exam holding its
    /// exercise: none of its stem, questions or model answers that differ from the exercise as
    /// written (which its own page shows anyway) may equal one of theirs.
    public func mayPractise(_ variant: Exercise) -> Bool {
        guard let forms = unreleasedForms[variant.id] else { return true }
        func texts(_ exercise: Exercise?) -> Set<String> {
            guard let exercise else { return [] }
            return Set(exercise.parts.flatMap { [$0.question.text, $0.answer.text] + ($0.gradable?.texts.map(\.text) ?? []) }
                       + [exercise.stem?.text].compactMap { $0 })
                .filter { !$0.allSatisfy(\.isWhitespace) }
        }
        let drawn = texts(variant).subtracting(texts(bank.exercise(variant.id)))
        return forms.allSatisfy { texts($0).isDisjoint(with: drawn) }
    }
}

extension ExerciseMetadata {
    /// What a withheld exercise keeps: nothing that was written in it.
    var withheld: ExerciseMetadata {
        var metadata = self
        metadata.id = ""
        metadata.title = ""
        metadata.tags = []
        metadata.source = nil
        metadata.declarations = ParameterDeclarations()
        return metadata
    }
}
