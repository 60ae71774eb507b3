import Foundation
import Testing
import TestSupport

/// An exercise page and an answer key of a small course, byte for byte: a change to a template,
/// the Markdown or the math shows as a reviewable diff of `Golden/*.html`. Re-record on purpose
/// with SNAPSHOT_RECORD=1.
@Suite struct GoldenPageTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// One parametrized exercise with a stem, math, two parts and rubrics, in one exam.
    static func build() async throws -> TestBuild {
        let exercise = """
            ---
            id: step
            title: One step of gradient descent
            topic: t
            visibility: public
            solutions: public
            parameters:
              w: {integer: [2, 6], default: 4}
            derived:
              updated: w - 0.5 * 2 * w
            ---

            Minimise $f(w) = w^2$ from $w_0 = [[w]]$ with learning rate $\\eta = 0.5$.

            ## (a) [1 point] The gradient

            Compute $f'(w_0)$.

            ### Answer

            $f'(w_0) = 2 w_0 = [[2 * w]]$.

            ### Rubric

            - [1 point] $[[2 * w]]$.

            ## (b) [2 points]

            Compute $w_1$ and say whether it is a minimum.

            ### Answer

            $$w_1 = w_0 - \\eta f'(w_0) = [[updated]]$$

            It is: $f'(w_1) = 0$.

            ### Rubric

            - [1 point] $w_1 = [[updated]]$.
            - [1 point] The minimum, because the gradient is zero.

            """
        let bank = try InlineBank.write([
            "exercises/step.md": exercise,
            "exams/exam.yml": """
                title: Midterm
                course: "1"
                date: 2019-01-22
                exercises:
                  - id: step
                """,
        ])
        let build = try TestBuild(bank: bank)
        try await build.run()
        return build
    }

    @Test func exercisePageAndAnswerKeyAreGolden() async throws {
        let build = try await Self.build()
        let page = try Data(contentsOf: build.options.site.appendingPathComponent("exercises/step.html"))
        Snapshot.expect(page, matches: Self.golden.appendingPathComponent("exercise-page.html"))
        let key = try Data(contentsOf: build.options.privateOutput.appendingPathComponent("exams/exam/key.html"))
        Snapshot.expect(key, matches: Self.golden.appendingPathComponent("answer-key.html"))
    }
}
