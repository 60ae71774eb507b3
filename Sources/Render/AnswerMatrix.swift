import Bank

/// The exam's answer matrix: every variant × every machine-gradable item (by printed position),
/// for grading with a stencil — as a printable page and as CSV. Built from the same rows as each
/// key's answer grid.
struct AnswerMatrix {
    /// "1 (a)", "1 (b)", "2 (c) z", … in the order the forms print them.
    var items: [String]
    var rows: [Row]

    struct Row {
        var code: String
        /// One per item; empty where this form has no such item.
        var answers: [String]
    }

    /// The matrix of `forms` (variant code and rendered exercises), or nil when none has a
    /// machine-gradable part.
    init?(_ forms: [(code: String, exercises: [RenderedExercise])], labels: Labels) {
        let grids = forms.map { ($0.code, AnswerGrid($0.exercises, labels: labels)) }
        var items: [String] = []
        for (_, grid) in grids { for row in grid.rows where !items.contains(row.item) { items.append(row.item) } }
        guard !items.isEmpty else { return nil }
        self.items = items
        rows = grids.map { code, grid in
            Row(code: code, answers: items.map { item in grid.rows.first { $0.item == item }?.answer ?? "" })
        }
    }

    /// `variant,1 (a),1 (b),…` then one line per variant.
    func csv(labels: Labels) -> String {
        CSVTable.text([[labels["variant"]] + items] + rows.map { [$0.code] + $0.answers })
    }

    static func folder(of exam: ExamSpec) -> String { "exams/\(exam.id)" }
    static func htmlPath(of exam: ExamSpec) -> String { "\(folder(of: exam))/answer-matrix.html" }
    static func csvPath(of exam: ExamSpec) -> String { "\(folder(of: exam))/answer-matrix.csv" }
}

/// The page of the matrix, in the print layout.
struct AnswerMatrixView {
    var title: String
    var items: [String]
    var rows: [AnswerMatrix.Row]
    var paper: String
    var runningHeader: String
    var keyHeader: String
    var pageFooter: String
}

extension AnswerMatrixView: TemplateValue {
    static let fields: [String: Field] = [
        "title": { $0.title }, "items": { $0.items }, "rows": { $0.rows }, "paper": { $0.paper }, "runningHeader": { $0.runningHeader },
        "keyHeader": { $0.keyHeader }, "pageFooter": { $0.pageFooter },
    ]
}

extension AnswerMatrix.Row: TemplateValue {
    static let fields: [String: Field] = ["code": { $0.code }, "answers": { $0.answers }]
}
