import Bank

/// The grading table as rows and cells for a template: exercises across, parts down, like the
/// 2019 cover. With `blank`, each cell leaves room for the grader's score.
struct GradingTableView {
    struct Header { var number: Int; var title: String }
    struct Cell { var exercise: Int; var label: String; var points: String; var empty: Bool }
    struct Row { var label: String; var cells: [Cell] }

    var headers: [Header]
    var rows: [Row]
    var totals: [Cell]
    var total: String
    /// "40 points", in the course's language.
    var totalText: String
    var columnCount: Int
    var blank: Bool

    init(_ table: GradingTable, blank: Bool, labels: Labels) {
        headers = table.columns.map { Header(number: $0.number, title: $0.title) }
        rows = (0..<table.rowCount).map { row in
            let label = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(row)))
            return Row(label: "(\(label))", cells: table.columns.map { column in
                guard row < column.parts.count else { return Cell(exercise: column.number, label: "", points: "", empty: true) }
                return Cell(exercise: column.number, label: column.parts[row].label,
                            points: column.parts[row].points.description, empty: false)
            })
        }
        totals = table.columns.map { Cell(exercise: $0.number, label: "", points: $0.total.description, empty: false) }
        total = table.total.description
        totalText = labels.points(table.total)
        columnCount = table.columns.count
        self.blank = blank
    }
}
