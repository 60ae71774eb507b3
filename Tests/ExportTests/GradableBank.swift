import Foundation
import TestSupport

/// A small bank written for the tests: one exercise with a part of every machine-gradable kind
/// and an open one, parametrized, in a released exam; and bank text that must be escaped.
enum GradableBank {
    static let exercise = """
        ---
        id: every-kind
        title: Every kind of part <&> "quoted"
        topic: t
        parameters:
          x: {choose: [1, 2, 3, 4], default: 2}
        derived:
          y: x * 1.5
          wrong: x * 2.5
        ---

        A layer scales its input $x = [[x]]$ by $1.5$; the text has <script>alert(1)</script> & ]]> in it.

        ## (a) [2 points] Numbers

        What is the output $y$?

        ### Numeric answer

        [[y]] ± 2%
        - [ ] [[wrong]] {misconception: uses 2.5}

        ## (b) [1 point]

        Which factor is used?

        ### Choose one

        - [x] $1.5$
        - [ ] $2.5$ {misconception: the wrong layer}
        - [ ] none of the above {pinned}

        ## (c) [1 point]

        Which of these are positive?

        ### Choose all that apply

        - [x] $[[x]]$
        - [x] $[[y]]$
        - [ ] $-[[x]]$

        ## (d) [1 point]

        The factor is larger than one.

        ### True or false

        true

        ## (e) [2 points]

        The output is [__out__] and the factor [__f__].

        ### Blanks

        - (out) [1 point] [[y]] ± 0.01
        - (f) [1 point] [x] is 1.5 | [ ] is 2.5

        ## (f) [2 points] Why

        Explain why the layer is linear.

        ### Answer

        It multiplies by a constant.

        ### Rubric

        - [2 points] Says that it multiplies by a constant.

        """

    static func write() throws -> URL {
        let root = Scratch.url("sitegen-gradable-bank")
        let files = [
            "course.yml": "title: Gradable course\ncode: \"1\"\ntopics:\n  - {slug: t, title: Topic}\n",
            "exercises/every-kind.md": exercise,
            "exercises/single-number.md": """
                ---
                id: single-number
                title: One number
                topic: t
                parameters:
                  n: {choose: [3, 5, 7], default: 3}
                derived:
                  sq: n * n
                ---

                ## (a) [1 point]

                What is $[[n]]^2$?

                ### Numeric answer

                [[sq]] ± 5%

                """,
            "exams/quiz.yml": """
                title: Quiz
                course: "1"
                date: 2026-03-10
                released: true
                exercises:
                  - id: every-kind
                  - id: single-number

                """,
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }
}
