import Bank

/// The one-page answer grid that opens a key, and one row of the exam's answer matrix: every
/// machine-gradable item of a form in printed order — exercise and part (and blank) → letters or
/// value ± tolerance, with its points.
struct AnswerGrid {
    struct Row {
        /// "1 (a)", or "2 (c) z" for a blank.
        var item: String
        var exercise: String
        var answer: String
        var points: String
    }

    var rows: [Row]

    init(_ rendered: [RenderedExercise], labels: Labels) {
        rows = rendered.enumerated().flatMap { index, exercise in
            exercise.parts.flatMap { rendered -> [Row] in
                guard let gradable = rendered.gradable else { return [] }
                let part = rendered.part
                let item = "\(index + 1) (\(part.label))"
                if case .cloze(let blanks) = part.gradable {
                    return blanks.map { blank in
                        Row(item: "\(item) \(blank.name)", exercise: exercise.exercise.id,
                            answer: GradableView.blankAnswer(blank, labels: labels), points: labels.points(blank.points))
                    }
                }
                let options = GradableView.options(part, gradable, labels: labels)
                return [Row(item: item, exercise: exercise.exercise.id,
                            answer: GradableView.answer(part, options: options, labels: labels) ?? "", points: labels.points(part.points))]
            }
        }
    }

    var isEmpty: Bool { rows.isEmpty }
}

extension AnswerGrid: TemplateValue {
    static let fields: [String: Field] = ["rows": { $0.rows }]
}

extension AnswerGrid.Row: TemplateValue {
    static let fields: [String: Field] = ["item": { $0.item }, "exercise": { $0.exercise }, "answer": { $0.answer }, "points": { $0.points }]
}
