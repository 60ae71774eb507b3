/// Tables: Chromium ignores `columnalign` and plain `text-align` inside math layout, but honours the
/// `-webkit-` values of `text-align` on each `<mtd>`; other browsers keep the plain value before it.
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
                style = textAlign("right") + ";padding-right:0" + (column == 0 ? ";padding-left:0" : ";padding-left:1em")
            } else {
                style = textAlign("left") + ";padding-left:0;padding-right:0"
            }
        } else {
            let alignments = table.columnAlignments
            style = textAlign(alignments.isEmpty ? "center" : alignments[min(column, alignments.count - 1)])
        }
        if table.ruledColumns.contains(column) { style += ";border-right:0.06em solid" }
        if let spacing = table.rowSpacing { style += ";padding-top:\(spacing);padding-bottom:\(spacing)" }
        return style
    }

    /// `left`, `center` or `right` as CSS that Chromium applies to a cell's math content.
    static func textAlign(_ side: String) -> String {
        "text-align:" + side + ";text-align:-webkit-" + side
    }
}
