import Foundation
import Pipeline
import Testing
import TestSupport

/// A warning about a line of the bank is reported once, however many variants and practice
/// copies render that line with other numbers in front of the place.
@Suite struct WarningOnceTests {
    static let line = "With [[w]] units, $\\alpha is never closed."

    @Test func anUnclosedDollarInAParametrizedExerciseIsOneWarning() async throws {
        let exercise = InlineBank.exercise(id: "dollar", extra: """
            parameters:
              w: {integer: [1, 100000], default: 7}
            """, question: Self.line)
        let bank = try InlineBank.write([
            "exercises/dollar.md": exercise,
            "exams/exam.yml": """
                title: Exam
                course: "1"
                date: 2019-01-22
                variants: 4
                exercises:
                  - id: dollar
                """,
        ])
        let report = try await TestBuild(bank: bank).run()
        let unclosed = report.warnings.filter { $0.message.contains("opens a formula that nothing closes") }
        #expect(unclosed.count == 1, "\(unclosed.map(\.description))")
        #expect(unclosed.first?.location?.line == Marker.line(of: "is never closed", in: exercise))
        #expect(unclosed.first?.location?.file.hasSuffix("exercises/dollar.md") == true)
    }
}
