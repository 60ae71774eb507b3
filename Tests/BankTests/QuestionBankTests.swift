import Foundation
import Testing
@testable import Bank

/// The real bank of the repository, `QuestionBank/`, and the grading table of its 2019 exam.
@Suite struct QuestionBankTests {
    static let repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let bank: Bank

    init() throws {
        bank = try BankLoader(root: Self.repository.appendingPathComponent("QuestionBank"), displayBase: Self.repository).load()
    }

    @Test func validatesWithoutAnyDiagnostic() {
        #expect(BankValidator().diagnostics(for: bank) == [])
    }

    @Test func gradingTableOfThe2019Exam() throws {
        let exam = try #require(bank.exams.first { $0.id == "dl-2019-01-22" })
        #expect(exam.date.weekday == "Tuesday")
        let table = GradingTable(exercises: bank.exercises(of: exam))
        #expect(table.columns.map(\.exerciseID)
            == ["mlp-backprop-2019", "cnn-2019", "rnn-2019", "autoencoders-gans-2019", "regularisation-2019"])
        #expect(table.columns.map(\.number) == [1, 2, 3, 4, 5])
        #expect(table.columns.map { $0.parts.map(\.label) } == [["a", "b", "c"], ["a", "b"], ["a", "b", "c"], ["a", "b", "c"], ["a", "b"]])
        #expect(table.columns.map { $0.parts.map(\.points.description) }
            == [["2", "2", "2"], ["3", "4"], ["3", "3", "4"], ["3", "3", "3"], ["2", "6"]])
        #expect(table.columns.map(\.total.description) == ["6", "7", "10", "9", "8"])
        #expect(table.total == Points(40))
        #expect(table.rowCount == 3)
        #expect(exam.declaredTotal == table.total)
    }
}
