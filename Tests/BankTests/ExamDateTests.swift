import Testing
@testable import Bank

@Suite struct ExamDateTests {
    @Test(arguments: [
        ("2019-01-22", "Tuesday"), ("2000-02-29", "Tuesday"), ("1900-03-01", "Thursday"),
        ("2024-02-29", "Thursday"), ("1970-01-01", "Thursday"), ("2100-03-01", "Monday"), ("1600-01-01", "Saturday"),
    ])
    func weekday(iso: String, weekday: String) throws {
        #expect(try #require(ExamDate(iso: iso)).weekday == weekday)
    }

    @Test func longFormAsTheCoverPrintsIt() throws {
        #expect(try #require(ExamDate(iso: "2019-01-22")).long == "Tuesday, Jan 22, 2019")
    }

    @Test(arguments: ["2019-02-29", "1900-02-29", "2019-04-31", "2019-13-01", "2019-00-10", "22-01-2019", "2019-01"])
    func rejectsDaysThatDoNotExist(iso: String) {
        #expect(ExamDate(iso: iso) == nil)
    }

    @Test func ordersByDay() throws {
        #expect(try #require(ExamDate(iso: "2018-12-31")) < #require(ExamDate(iso: "2019-01-01")))
    }
}
