import Bank
import Foundation
import Grading
import Testing

/// Every check of a filled-in sheet, each at the cell it names: the worked example's scores with
/// one thing broken at a time.
@Suite struct ScoreSheetTests {
    static let forms: (GradingForms, Assignment) = {
        let example = try! WorkedExample()
        return try! ExamGrader(bank: example.bank, privateOutput: example.options.privateOutput).forms(of: "midterm")
    }()

    static func scores() throws -> [[String]] {
        try CSVTable(file: "scores.csv", text: String(contentsOf: WorkedExample.scores, encoding: .utf8)).records.map { $0.fields.map(\.text) }
    }

    /// The first diagnostic for the scores with `change` applied, as `line:column: message`.
    static func problem(_ change: (inout [[String]]) -> Void) throws -> String? {
        try problems(change).first
    }

    /// Every diagnostic, in reading order.
    static func problems(_ change: (inout [[String]]) -> Void) throws -> [String] {
        var rows = try scores()
        change(&rows)
        do {
            _ = try ScoreSheet(CSVTable(file: "scores.csv", text: CSVTable.text(rows)), forms: forms.0, assignment: forms.1)
            return []
        } catch {
            return error.diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" }
        }
    }

    static func column(_ header: String) throws -> Int { try scores()[0].firstIndex(of: header)! }

    /// The column (1-based) a cell starts at, in the text `CSVTable.text` writes for `rows`.
    static func start(_ rows: [[String]], row: Int, cell: Int) -> Int {
        rows[row].prefix(cell).reduce(1) { $0 + CSVTable.quote($1).count + 1 }
    }

    @Test func theFixtureItselfIsClean() throws {
        #expect(try Self.problem { _ in } == nil)
    }

    @Test func unknownStudent() throws {
        #expect(try Self.problem { $0[3][0] = "s9999999" } == "4:1: student `s9999999` is not on the roster")
    }

    @Test func duplicateStudent() throws {
        #expect(try Self.problem { $0[5] = $0[2] } == "6:1: student `\(try Self.scores()[2][0])` has a second row")
    }

    @Test func pointsAboveTheMaximum() throws {
        let rows = try Self.scores(), c = try Self.column("gradient-step/b (max 3)")
        #expect(try Self.problem { $0[2][c] = "3.5" }
                == "3:\(Self.start(rows, row: 2, cell: c)): 3.5 points for part `gradient-step/b` of student `\(rows[2][0])`, above its maximum of 3")
    }

    @Test func missingCell() throws {
        let rows = try Self.scores(), c = try Self.column("activation/b (max 1)")
        #expect(try Self.problem { $0[7][c] = "" }?.hasPrefix("8:\(Self.start(rows, row: 7, cell: c)): no points for part `activation/b`") == true)
    }

    @Test func notANumberAndNegative() throws {
        let rows = try Self.scores(), c = try Self.column("gradient-step/a (max 2)")
        #expect(try Self.problem { $0[1][c] = "two" } == "2:\(Self.start(rows, row: 1, cell: c)): `two` is not a number of points")
        #expect(try Self.problem { $0[1][c] = "-1" } == "2:\(Self.start(rows, row: 1, cell: c)): negative points (-1) for part `gradient-step/a`")
    }

    @Test func wrongVariant() throws {
        let rows = try Self.scores()
        let other = rows[4][2] == "A" ? "B" : "A"
        #expect(try Self.problem { $0[4][2] = other }
                == "5:\(Self.start(rows, row: 4, cell: 2)): student `\(rows[4][0])` sat variant \(rows[4][2]), not `\(other)`")
    }

    @Test func pointsForAPartNotOnTheForm() throws {
        let rows = try Self.scores()
        let row = 6, c = rows[row].firstIndex(of: "-")!
        #expect(try Self.problem { $0[row][c] = "1" }?.hasPrefix("7:\(Self.start(rows, row: row, cell: c)): part `") == true)
    }

    @Test func wrongFingerprint() throws {
        let rows = try Self.scores()
        #expect(try Self.problem { $0[9][3] = "deadbeef" }?.hasPrefix("10:\(Self.start(rows, row: 9, cell: 3)): fingerprint `deadbeef` is not that of variant") == true)
    }

    @Test func unknownRepeatedAndMissingColumns() throws {
        let rows = try Self.scores(), c = try Self.column("activation/a (max 2)")
        // Each also leaves the part without a column, which is said at the header row.
        #expect(try Self.problems { $0[0][c] = "activaton/a (max 2)" } == [
            "1:1: the scores file has no column for part `activation/a`",
            "1:\(Self.start(rows, row: 0, cell: c)): unknown column `activaton/a (max 2)`; did you mean `activation/a (max 2)`?"])
        #expect(try Self.problems { $0[0][c] = "activation/a (max 3)" } == [
            "1:1: the scores file has no column for part `activation/a`",
            "1:\(Self.start(rows, row: 0, cell: c)): the column says part `activation/a` is worth 3 points, but the bank gives it 2"])
        #expect(try Self.problem { for i in $0.indices { $0[i].remove(at: c) } } == "1:1: the scores file has no column for part `activation/a`")
    }

    @Test func aStudentWithoutARowIsAWarningNotAnError() throws {
        var rows = try Self.scores()
        let absent = rows.remove(at: 12)
        let sheet = try ScoreSheet(CSVTable(file: "scores.csv", text: CSVTable.text(rows)), forms: Self.forms.0, assignment: Self.forms.1)
        #expect(sheet.rows.count == 11)
        #expect(sheet.warnings.first?.message == "1 student of the roster has no row and gets no grade")
        #expect(sheet.warnings.first?.notes == ["\(absent[0]) \(absent[1])"])
    }
}
