import Bank
import Foundation
import Grading
import Testing
import Variants

/// Machine-gradable parts scored from a responses file against each student's own variant key:
/// the worked example with a quiz exercise added (multiple choice, a number, a cloze).
@Suite struct ResponsesTests {
    static let quiz = """
        ---
        id: quiz
        title: Quiz
        topic: basics
        visibility: private
        solutions: private
        ---

        ## (a) [2 points]

        Which are activation functions?

        ### Choose all that apply

        - [x] ReLU
        - [x] tanh
        - [ ] Adam
        - [ ] dropout

        ## (b) [1 point]

        What is 7 / 2?

        ### Numeric answer

        3.5 ± 0.1

        ## (c) [2 points]

        ReLU of $-1$ is [__r__] and its gradient there is [__g__].

        ### Blanks

        - (r) [1 point] 0 ± 0.001
        - (g) [1 point] [x] 0 | [ ] 1

        """

    static let forms: (GradingForms, Assignment) = {
        let example = try! WorkedExample()
        try! quiz.write(to: example.bank.appendingPathComponent("exercises/quiz.md"), atomically: true, encoding: .utf8)
        let exam = example.bank.appendingPathComponent("exams/midterm.yml")
        try! (String(contentsOf: exam, encoding: .utf8) + "  - id: quiz\n").write(to: exam, atomically: true, encoding: .utf8)
        return try! ExamGrader(bank: example.bank, privateOutput: example.options.privateOutput).forms(of: "midterm")
    }()

    static func slot(_ number: String, _ label: String) -> ExamForm.Slot {
        let code = forms.1.entry(for: number)!.code
        return forms.0.form(code)!.slot(PartKey(exercise: "quiz", label: label))!
    }

    static func letters(_ slot: ExamForm.Slot, correct: Bool) -> [String] {
        slot.answer!.options!.filter { $0.correct == correct }.map(\.letter)
    }

    static func responses(_ rows: [[String]]) throws(DiagnosticError) -> Responses {
        try Responses(CSVTable(file: "responses.csv", text: CSVTable.text([Responses.headers] + rows)), forms: forms.0, assignment: forms.1)
    }

    @Test func eachResponseIsScoredAgainstTheStudentsOwnKeyWithPartialCreditForMultipleChoice() throws {
        let students = Self.forms.1.entries.map(\.student.number)
        let a = Self.slot(students[0], "a"), b = Self.slot(students[1], "a")
        let right = Self.letters(a, correct: true), wrong = Self.letters(a, correct: false)
        let responses = try Self.responses([
            [students[0], "quiz/a", right.joined(separator: ", ")],            // all correct, nothing else: 2
            [students[1], "quiz/a", Self.letters(b, correct: true)[0]],         // one of two correct: 1
            [students[2], "quiz/a", (Self.letters(Self.slot(students[2], "a"), correct: true).prefix(1) + Self.letters(Self.slot(students[2], "a"), correct: false).prefix(1)).joined(separator: ",")], // 1/2 − 1/2: 0
            [students[3], "quiz/a", "A, B, C, D"],                              // everything ticked: 0
            [students[0], "quiz/b", "3.45"], [students[1], "quiz/b", "3,6"], [students[2], "quiz/b", "3.7"],
        ])
        #expect(responses.points[students[0]]?[PartKey(exercise: "quiz", label: "a")] == 2)
        #expect(responses.points[students[1]]?[PartKey(exercise: "quiz", label: "a")] == 1)
        #expect(responses.points[students[2]]?[PartKey(exercise: "quiz", label: "a")] == 0)
        #expect(responses.points[students[3]]?[PartKey(exercise: "quiz", label: "a")] == 0)
        #expect(responses.points[students[0]]?[PartKey(exercise: "quiz", label: "b")] == 1)
        #expect(responses.points[students[1]]?[PartKey(exercise: "quiz", label: "b")] == 1)
        #expect(responses.points[students[2]]?[PartKey(exercise: "quiz", label: "b")] == 0)
        #expect(wrong.count == 2)
    }

    @Test func aClozeScoresEachBlank() throws {
        let student = Self.forms.1.entries[4].student.number
        let key = Self.slot(student, "c").answer!.blanks!
        let correct = key[1].options!.first { $0.correct }!.letter, other = key[1].options!.first { !$0.correct }!.letter
        #expect(try Self.responses([[student, "quiz/c", "r=0; g=\(correct)"]]).points[student]?[PartKey(exercise: "quiz", label: "c")] == 2)
        #expect(try Self.responses([[student, "quiz/c", "r = 0.5 ; g=\(correct)"]]).points[student]?[PartKey(exercise: "quiz", label: "c")] == 1)
        #expect(try Self.responses([[student, "quiz/c", "g=\(other)"]]).points[student]?[PartKey(exercise: "quiz", label: "c")] == 0)
    }

    @Test func thePrintedPositionNamesThePartToo() throws {
        let student = Self.forms.1.entries[5].student.number
        let printed = Self.slot(student, "b").printed
        #expect(try Self.responses([[student, printed, "3.5"]]).points[student]?[PartKey(exercise: "quiz", label: "b")] == 1)
    }

    /// `line:column: message` of the first problem.
    static func problem(_ rows: [[String]]) -> String? {
        do { _ = try responses(rows); return nil } catch {
            return error.diagnostics.first.map { "\($0.location!.line):\($0.location!.column): \($0.message)" }
        }
    }

    @Test func everyProblemIsAtItsCell() {
        let s = Self.forms.1.entries[0].student.number
        #expect(Self.problem([[s, "quiz/b", "3.5"], ["x1", "quiz/b", "1"]]) == "3:1: student `x1` is not on the roster")
        #expect(Self.problem([[s, "quiz/z", "1"]])?.hasPrefix("2:\(s.count + 2): variant ") == true)
        #expect(Self.problem([[s, "gradient-step/a", "1"]]) == "2:\(s.count + 2): part `gradient-step/a` is an open part, graded by hand")
        #expect(Self.problem([[s, "quiz/b", "3.5"], [s, "quiz/b", "3.4"]]) == "3:\(s.count + 2): a second response of student `\(s)` to part `quiz/b`")
        #expect(Self.problem([[s, "quiz/b", "three"]]) == "2:\(s.count + 9): `three` is not a number")
        #expect(Self.problem([[s, "quiz/a", "E"]]) == "2:\(s.count + 9): `E` is not an option of this part (A, B, C, D)")
        #expect(Self.problem([[s, "quiz/c", "q=1"]]) == "2:\(s.count + 9): the part has no blank `q` (its blanks: r, g)")
    }

    @Test func theScoresFileLeavesTheCellsOfAnsweredPartsEmpty() throws {
        let (forms, assignment) = Self.forms
        var rows = try CSVTable(file: "sheet", text: GradingSheet.csv(forms: forms, assignment: assignment)).records.map { $0.fields.map(\.text) }
        let quizColumns = rows[0].indices.filter { rows[0][$0].hasPrefix("quiz/") }
        for i in 1..<rows.count { for j in 4..<rows[i].count where rows[i][j].isEmpty && !quizColumns.contains(j) { rows[i][j] = "1" } }
        let s = rows[1][0]
        var answers = [[String]]()
        for row in rows.dropFirst() { answers += [[row[0], "quiz/a", "A"], [row[0], "quiz/b", "3.5"], [row[0], "quiz/c", "r=0"]] }
        let sheet = try ScoreSheet(CSVTable(file: "scores.csv", text: CSVTable.text(rows)), forms: forms, assignment: assignment,
                                   responses: try Self.responses(answers))
        #expect(sheet.rows.count == 12)
        #expect(sheet.rows[0].points[PartKey(exercise: "quiz", label: "b")] == 1)
        // A cell filled in and a response too: which one counts is not for sitegen to guess.
        rows[1][quizColumns[1]] = "1"
        #expect {
            _ = try ScoreSheet(CSVTable(file: "scores.csv", text: CSVTable.text(rows)), forms: forms, assignment: assignment,
                               responses: try Self.responses(answers))
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message == "part `quiz/b` of student `\(s)` has points here and a response in responses.csv"
        }
    }
}
