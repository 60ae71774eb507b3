import Bank
import Variants

/// A part as the bank knows it — exercise id and the label it has in the exercise file — so
/// that the same part is one column however variants order or reletter it.
public struct PartKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var exercise: String
    public var label: String

    public init(exercise: String, label: String) {
        self.exercise = exercise
        self.label = label
    }

    /// `mlp-forward-backward-2026/a`.
    public var description: String { "\(exercise)/\(label)" }

    public static func < (a: PartKey, b: PartKey) -> Bool { (a.exercise, a.label) < (b.exercise, b.label) }
}

/// One printed form of an exam as grading sees it: its code, fingerprint and parts.
public struct ExamForm: Sendable, Hashable {
    /// One part on the paper: the bank's part, where it is printed ("2b") and its points.
    public struct Slot: Sendable, Hashable {
        public var key: PartKey
        public var printed: String
        public var points: Points
        /// The key of a machine-gradable part, in this form's printed order; nil for an open part.
        public var answer: PartAnswer?
    }

    /// "A"; nil for the exam as written.
    public var code: String?
    public var fingerprint: String?
    public var slots: [Slot]

    public var points: Points { slots.map(\.points).sum() }

    public func slot(_ key: PartKey) -> Slot? { slots.first { $0.key == key } }
}

/// Every form of an exam and the columns they share: one per bank part, in the exam's order.
public struct GradingForms: Sendable, Hashable {
    public var exam: ExamSpec
    public var forms: [ExamForm]
    /// Every part any form prints, with its points, in the order of the exam file's items.
    public var columns: [(key: PartKey, points: Points)]

    public static func == (a: GradingForms, b: GradingForms) -> Bool {
        a.exam == b.exam && a.forms == b.forms && a.columns.map(\.key) == b.columns.map(\.key)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(forms) }

    /// The forms of `exam`: its variants, or, when it has none, the exam as written
    /// (`asWritten`, its exercises in order). `bank` is the bank as loaded: it gives each part's
    /// own label when variants shuffle parts.
    public init(exam: ExamSpec, bank: Bank, variants: [ExamVariant], asWritten: [Exercise]) {
        self.exam = exam
        func slots(_ exercises: [Exercise]) -> [ExamForm.Slot] {
            exercises.enumerated().flatMap { number, exercise in
                exercise.parts.map { part in
                    let original = bank.exercise(exercise.id)?.parts.first { $0.location == part.location }?.label ?? part.label
                    return ExamForm.Slot(key: PartKey(exercise: exercise.id, label: original), printed: "\(number + 1)\(part.label)",
                                         points: part.points, answer: part.gradable == nil ? nil : PartAnswer(part))
                }
            }
        }
        forms = variants.isEmpty
            ? [ExamForm(code: nil, fingerprint: nil, slots: slots(asWritten))]
            : variants.map { ExamForm(code: $0.code, fingerprint: $0.fingerprint, slots: slots($0.exercises.map(\.exercise))) }
        // Columns in the order of the exam file's items, then of the pool's candidates, then of the parts.
        var order: [String: Int] = [:]
        for item in exam.items { for exercise in bank.candidates(for: item) where order[exercise.id] == nil { order[exercise.id] = order.count } }
        var points: [PartKey: Points] = [:]
        for form in forms { for slot in form.slots where points[slot.key] == nil { points[slot.key] = slot.points } }
        columns = points.keys.sorted { a, b in
            let (x, y) = (order[a.exercise] ?? Int.max, order[b.exercise] ?? Int.max)
            if x != y { return x < y }
            let labels = bank.exercise(a.exercise)?.parts.map(\.label) ?? []
            if a.exercise == b.exercise, let i = labels.firstIndex(of: a.label), let j = labels.firstIndex(of: b.label) { return i < j }
            return a < b
        }.map { ($0, points[$0]!) }
    }

    /// The form with `code` (nil: the exam as written).
    public func form(_ code: String?) -> ExamForm? { forms.first { $0.code == code } }

    /// The total every form is worth.
    public var total: Points { forms.first?.points ?? .zero }
}
