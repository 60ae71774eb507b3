import Bank
import Testing

@Suite struct RosterTests {
    @Test func headersAreFoundByNameAndExtraColumnsAreKept() throws {
        let roster = try Roster(file: "s.csv", text: "Room,Student Number,Full Name,Seat\nHB-1,s1,\"Smit, Anna\",3\nHB-1,s2,Bram,1\n")
        #expect(roster.students.map(\.number) == ["s1", "s2"])
        #expect(roster.students[0].name == "Smit, Anna")
        #expect(roster.extraColumns == ["Room", "Seat"])
        #expect(roster.students[0].column("room") == "HB-1")
        #expect(roster.printOrder.map(\.number) == ["s2", "s1"])
        #expect(roster.students[1].location == SourceLocation(file: "s.csv", line: 3))
    }

    @Test func seatsAreOrderedAsNumbers() throws {
        let roster = try Roster(file: "s.csv", text: "number,name,seat\na,A,10\nb,B,9\nc,C,1\n")
        #expect(roster.printOrder.map(\.number) == ["c", "b", "a"])
        let unseated = try Roster(file: "s.csv", text: "number,name\nb,B\na,A\n")
        #expect(unseated.printOrder.map(\.number) == ["b", "a"])
    }

    @Test(arguments: [
        ("name,email\nAnna,a@x\n", 1, 1, "the roster has no student number column"),
        ("number,email\n1,a@x\n", 1, 1, "the roster has no name column"),
        ("number,name\n1,Anna\n1,Bram\n", 3, 1, "student number `1` is listed twice"),
        ("number,name\n1,Anna\n,Bram\n", 3, 1, "a student without a student number"),
        ("number,name\n1,Anna\n2/3,Bram\n", 3, 1, "student number `2/3` may hold only letters, digits, `-` and `_`"),
        ("number,name\n1,Anna\n2,\n", 3, 3, "student `2` has no name"),
        ("number,name\n1,Anna,extra\n", 2, 8, "this row has 3 cells but the header names 2 columns"),
        ("number,name,\n1,Anna,x\n", 1, 13, "column 3 of the roster has no header"),
    ])
    func everyProblemIsAtItsCell(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        #expect {
            _ = try Roster(file: "s.csv", text: text)
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.location == SourceLocation(file: "s.csv", line: line, column: column) && diagnostic?.message == message
        }
    }
}
