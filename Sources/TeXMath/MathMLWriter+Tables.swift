/// Tables: Chromium ignores `columnalign`, so alignment goes into inline CSS on each `<mtd>`.
extension MathMLWriter {
    mutating func writeTable(_ table: MathTable) {
        output += table.displayStyle ? "<mtable displaystyle=\"true\">" : "<mtable>"
        for row in table.rows {
            output += "<mtr>"
            for (column, cell) in row.enumerated() {
                output += "<mtd style=\"" + MathMLWriter.cellStyle(table, column: column) + "\">"
                if case .row(let nodes) = cell { writeRow(nodes) } else { write(cell) }
                output += "</mtd>"
            }
            output += "</mtr>"
        }
        output += "</mtable>"
    }

    static func cellStyle(_ table: MathTable, column: Int) -> String {
        var style: String
        if table.isAlignment {
            if column % 2 == 0 {
                style = "text-align:right;padding-right:0" + (column == 0 ? ";padding-left:0" : ";padding-left:1em")
            } else {
                style = "text-align:left;padding-left:0;padding-right:0"
            }
        } else {
            let alignments = table.columnAlignments
            style = "text-align:" + (alignments.isEmpty ? "center" : alignments[min(column, alignments.count - 1)])
        }
        if table.ruledColumns.contains(column) { style += ";border-right:0.06em solid" }
        if let spacing = table.rowSpacing { style += ";padding-top:\(spacing);padding-bottom:\(spacing)" }
        return style
    }
}
