import Bank
import DeepLearning
import Testing

@Suite struct CSVTableTests {
    @Test func quotedFieldsKeepCommasQuotesAndLineBreaksAndRecordsKnowTheirLine() throws {
        let text = "number,name\r\n1,\"Smit, Anna\"\n2,\"two\nlines\"\n3,\"say \"\"hi\"\"\"\n"
        let table = try CSVTable(file: "r.csv", text: text)
        #expect(table.records.map(\.line) == [1, 2, 3, 5])
        #expect(table.records.map { $0[1] } == ["name", "Smit, Anna", "two\nlines", "say \"hi\""])
        #expect(table.records[3].fields[1].column == 3)
    }

    @Test func aByteOrderMarkAndAMissingFinalLineBreakAreFine() throws {
        let table = try CSVTable(file: "r.csv", text: "\u{FEFF}a,b\n1,2")
        #expect(table.records.map(\.fields.count) == [2, 2])
        #expect(table.records[0][0] == "a")
    }

    @Test(arguments: [
        ("a,b\n1,\"open\n", 2, 3, "this quote is never closed"),
        ("a,b\n1,x\"y\n", 2, 4, "a quote inside a field that does not start with one"),
        ("a,b\n1,\"x\"y\n", 2, 6, "text after the closing quote of a field"),
    ])
    func malformedQuotesAreErrorsAtTheirPlace(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        #expect {
            _ = try CSVTable(file: "r.csv", text: text)
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.location == SourceLocation(file: "r.csv", line: line, column: column) && diagnostic?.message == message
        }
    }

    /// Any table written by `text` reads back as the same fields, at the lines the line breaks
    /// inside quoted fields put them on; and random bytes either read or give a located error.
    @Test func fuzzWrittenTablesReadBackAndGarbageNeverTraps() throws {
        var rng = Xoshiro256StarStar(seed: 4180)
        let alphabet = Array("ab ,\"\n\r\u{00E9}1;")
        for _ in 0..<500 {
            let rows = (0..<Int(rng.next() % 6) + 1).map { _ in
                (0..<Int(rng.next() % 4) + 1).map { _ in String((0..<Int(rng.next() % 6)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }) }
            }
            // A single empty field is a blank line, which a table cannot tell from no record: give it text.
            let written = rows.map { $0 == [""] ? ["x"] : $0 }
            let table = try CSVTable(file: "f.csv", text: CSVTable.text(written))
            #expect(table.records.map { $0.fields.map(\.text) } == written)
            var line = 1
            for (record, row) in zip(table.records, written) {
                #expect(record.line == line)
                line += row.reduce(0) { $0 + $1.unicodeScalars.count { $0 == "\n" } } + 1
            }
            let garbage = String((0..<Int(rng.next() % 40)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            do { _ = try CSVTable(file: "g.csv", text: garbage) } catch {
                #expect(error.diagnostics.first?.location?.file == "g.csv")
            }
        }
    }
}
