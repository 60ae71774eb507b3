import Bank
import Grading
import Testing
import Variants

/// The assignment rule's two promises, on 200 generated students: every form's count within one
/// of every other's (at every point of the roster, so after any number of appended students),
/// and appending students moves nobody.
@Suite struct AssignmentTests {
    static let codes = (0..<30).map(VariantCode.code)

    static func roster(_ count: Int, from first: Int = 0) -> Roster {
        Roster(file: "s.csv", students: (first..<first + count).map { index in
            Roster.Student(number: "s\(2_000_000 + index * 37)", name: "Student \(index)", location: SourceLocation(file: "s.csv", line: index + 2))
        })
    }

    @Test func twoHundredStudentsAreBalancedAtEveryPrefix() {
        let full = Self.roster(200)
        for size in [1, 29, 30, 31, 59, 100, 199, 200] {
            let prefix = Roster(file: "s.csv", students: Array(full.students.prefix(size)))
            let counts = Self.codes.map { code in Assignment(roster: prefix, codes: Self.codes, seed: 7).entries.count { $0.code == code } }
            #expect(counts.max()! - counts.min()! <= 1, "\(size) students: counts \(counts)")
            #expect(counts.reduce(0, +) == size)
        }
    }

    @Test func appendingStudentsMovesNobody() {
        let first = Self.roster(200)
        let later = Roster(file: "s.csv", students: first.students + Self.roster(17, from: 500).students)
        let before = Assignment(roster: first, codes: Self.codes, seed: 7)
        let after = Assignment(roster: later, codes: Self.codes, seed: 7)
        #expect(Array(after.entries.prefix(200)) == before.entries)
        // One student at a time, too.
        for size in 1..<60 {
            let small = Assignment(roster: Roster(file: "s.csv", students: Array(first.students.prefix(size))), codes: Self.codes, seed: 7)
            #expect(small.entries == Array(before.entries.prefix(size)))
        }
    }

    @Test func theSameRosterAndSeedGiveTheSameAssignmentAndAnotherSeedAnother() {
        let roster = Self.roster(200)
        let a = Assignment(roster: roster, codes: Self.codes, seed: 7)
        #expect(a == Assignment(roster: roster, codes: Self.codes, seed: 7))
        let b = Assignment(roster: roster, codes: Self.codes, seed: 8)
        let moved = zip(a.entries, b.entries).count { $0.code != $1.code }
        #expect(moved > 150, "only \(moved) of 200 students changed form with a new seed")
    }

    /// The form is the student's own draw, not a rotation of roster positions: neighbours in the
    /// roster do not follow the order A, B, C, ….
    @Test func formsAreNotDealtInRotation() {
        let entries = Assignment(roster: Self.roster(200), codes: Self.codes, seed: 7).entries
        let rotations = zip(entries, entries.dropFirst()).count { a, b in
            Self.codes.firstIndex(of: b.code!) == (Self.codes.firstIndex(of: a.code!)! + 1) % 30
        }
        #expect(rotations < 30)
    }

    /// Pinned: a change to the rule would move students of exams already printed.
    @Test func theRuleIsPinned() {
        let entries = Assignment(roster: Self.roster(6), codes: ["A", "B", "C"], seed: 20260120).entries
        #expect(entries.map { $0.code! }.joined() == Self.pinned)
    }

    static let pinned = "ABCCAB"

    @Test func withoutVariantsEverybodySitsTheExamAsWritten() {
        let entries = Assignment(roster: Self.roster(5), codes: [], seed: 1).entries
        #expect(entries.allSatisfy { $0.code == nil })
    }
}
