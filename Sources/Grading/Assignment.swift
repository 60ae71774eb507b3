import Bank
import Variants

/// Which form each student of a roster sits: a deterministic function of the roster, the forms
/// and the seed.
///
/// The rule: walk the roster in its order; give each student one of the forms that has the
/// fewest students so far, the one that ranks first for this student (the highest
/// `stableHash(seed, student number, form)` — rendezvous hashing).
///
/// - Balanced: at every point of the walk the forms' counts differ by at most one, so in the end too.
/// - Stable: a student's form depends only on the students before them, so appending students to
///   the roster moves nobody; the same roster and seed give the same assignment on any machine.
/// - What it gives up: a student inserted in the middle of the roster (or a re-sorted roster)
///   can move those after. No rule can avoid that and stay balanced: if adding any student
///   anywhere moved nobody, each student's form would depend on their number alone, and numbers
///   alone cannot keep two forms even for every roster (of three students, two share a form, and
///   the roster of just those two is unbalanced). So new students go at the end of the file.
public struct Assignment: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var student: Roster.Student
        /// The form's code ("A"); nil when the exam has no variants and everybody sits it as written.
        public var code: String?
    }

    /// In roster order.
    public var entries: [Entry]

    /// Assigns `codes` (the variant codes, A first) to the students of `roster`; with no codes
    /// everybody sits the exam as written.
    public init(roster: Roster, codes: [String], seed: UInt64) {
        guard !codes.isEmpty else {
            entries = roster.students.map { Entry(student: $0, code: nil) }
            return
        }
        var counts = [Int](repeating: 0, count: codes.count)
        entries = roster.students.map { student in
            let fewest = counts.min()!
            let chosen = codes.indices.filter { counts[$0] == fewest }.max { a, b in
                (Self.rank(student.number, codes[a], seed), b) < (Self.rank(student.number, codes[b], seed), a)
            }!
            counts[chosen] += 1
            return Entry(student: student, code: codes[chosen])
        }
    }

    static func rank(_ number: String, _ code: String, _ seed: UInt64) -> UInt64 {
        stableHash("assign/\(seed)/\(number)/\(code)")
    }

    /// The entry of a student number.
    public func entry(for number: String) -> Entry? { entries.first { $0.student.number == number } }

    /// How many students sit each form, by code.
    public var counts: [String: Int] {
        entries.reduce(into: [:]) { $0[$1.code ?? "", default: 0] += 1 }
    }
}
