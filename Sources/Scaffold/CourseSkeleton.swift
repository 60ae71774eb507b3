import Diagnostics
import Foundation

/// `sitegen init`: a new course that builds at once — a course file with two topics, a
/// one-part exercise, a multi-part exercise, a parametrized exercise whose answer is computed,
/// a private exercise in an unreleased exam, and the default theme (templates, stylesheets,
/// fonts), which is embedded in the binary.
public struct CourseSkeleton: Sendable {
    public var title: String
    public var code: String

    public init(title: String = "My Course", code: String = "COURSE-101") {
        self.title = title
        self.code = code
    }

    /// Every file of the skeleton, by path below the new course's folder.
    public var files: [(path: String, contents: Data)] {
        var files: [(String, Data)] = [
            ("QuestionBank/course.yml", Data(courseFile.utf8)),
            ("QuestionBank/exercises/first-exercise.md", Data(Self.firstExercise.utf8)),
            ("QuestionBank/exercises/chain-rule.md", Data(Self.multiPartExercise.utf8)),
            ("QuestionBank/exercises/gradient-step.md", Data(Self.parametrizedExercise.utf8)),
            ("QuestionBank/exercises/exam-question.md", Data(Self.examQuestion.utf8)),
            ("QuestionBank/exams/first-exam.yml", Data(examFile.utf8)),
            (".gitignore", Data("/site/\n/private/\n/.private.sitegen-cache/\n".utf8)),
        ]
        files += Self.theme.map { ("Templates/" + $0.path, $0.contents) }
        return files
    }

    /// The default theme as `sitegen` was built with it.
    public static var theme: [(path: String, contents: Data)] {
        EmbeddedTheme.files.map { ($0.path, Data(base64Encoded: $0.base64) ?? Data()) }
    }

    public enum Failure: Error, CustomStringConvertible {
        case notEmpty(String)
        case cannotWrite(String, String)

        /// The failure as the one renderer prints it.
        public var diagnostic: Diagnostic {
            switch self {
            case .notEmpty(let folder): .error(.scaffold, "\(folder) already exists and is not empty", hint: "name a new folder")
            case .cannotWrite(let path, let reason): .error(.scaffold, "cannot write \(path): \(reason)")
            }
        }

        public var description: String { diagnostic.description }
    }

    /// Writes the skeleton into `folder`, which must be new or empty. Returns the paths written.
    @discardableResult
    public func write(to folder: URL) throws(Failure) -> [String] {
        let manager = FileManager.default
        if let contents = try? manager.contentsOfDirectory(atPath: folder.path), !contents.isEmpty {
            throw .notEmpty(folder.path)
        }
        var written: [String] = []
        for (path, contents) in files {
            let url = folder.appendingPathComponent(path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: url)
            } catch {
                throw .cannotWrite(url.path, error.localizedDescription)
            }
            written.append(path)
        }
        return written
    }

    var courseFile: String {
        """
        # The course: its title, its code and its topics. Every key is described in
        # docs/bank-format.md of sitegen.
        title: \(Self.yamlString(title))
        code: \(Self.yamlString(code))
        language: en
        description: >-
          Exercises and past exams of \(title.replacingOccurrences(of: "\n", with: " ")).
        topics:
          - slug: basics
            title: Basics
            description: The first topic; rename it and add your own.
          - slug: calculus
            title: Calculus
            description: Derivatives and the chain rule.

        """
    }

    var examFile: String {
        """
        # An exam: its cover page and its exercises, in order. It is not released, so it is
        # only in private/ (student copy and answer key), never on the public site.
        title: First exam
        course: \(Self.yamlString(code))
        date: 2030-01-15
        time: "9:00-11:00"
        duration: 120
        released: false
        instructions:
          - Explain every answer. Answers can be short.
          - You may use a calculator.
        closing: Good luck!
        # The cover counts the printed pages and has a line to sign (docs/bank-format.md, "The cover").
        cover:
          pages: true
          signature: true
        total: 4
        exercises:
          # `space: auto`: ruled lines for the answers in the student copy, three a point.
          - id: exam-question
            space: auto

        """
    }

    static let firstExercise = """
        ---
        id: first-exercise
        title: A first exercise
        topic: basics
        tags: [example]
        visibility: public
        solutions: public
        ---

        ## (a) [2 points]

        What is $2 + 3 \\cdot 4$? Explain the order in which you compute.

        ### Answer

        $2 + 3 \\cdot 4 = 2 + 12 = 14$: multiplication binds more strongly than addition.

        ### Rubric

        - [1 point] The result 14.
        - [1 point] Multiplies before adding, and says so.

        """

    static let multiPartExercise = """
        ---
        id: chain-rule
        title: The chain rule
        topic: calculus
        tags: [derivatives, chain rule]
        visibility: public
        solutions: public
        ---

        Let $f(x) = (3x + 1)^2$.

        ## (a) [1 point]

        Compute $f'(x)$.

        ### Answer

        By the chain rule, $f'(x) = 2(3x + 1) \\cdot 3 = 18x + 6$.

        ### Rubric

        - [1 point] $f'(x) = 18x + 6$, or the unexpanded $6(3x + 1)$.

        ## (b) [2 points]

        Where does $f$ have its minimum? Justify your answer.

        ### Answer

        $f'(x) = 0$ exactly at $x = -\\tfrac{1}{3}$, and $f(x) \\ge 0 = f(-\\tfrac{1}{3})$ for every $x$, so the minimum is at $x = -\\tfrac{1}{3}$.

        ### Rubric

        - [1 point] Solves $f'(x) = 0$: $x = -1/3$.
        - [1 point] Argues that it is a minimum (sign of $f'$, $f'' = 18 > 0$, or $f \\ge 0$).

        """

    /// Numbers drawn per variant and practice copy; the answer is computed from them
    /// (docs/parametrized-exercises.md).
    static let parametrizedExercise = """
        ---
        id: gradient-step
        title: One step of gradient descent
        topic: calculus
        tags: [gradient descent, parametrized]
        visibility: public
        solutions: public
        parameters:
          w: {integer: [2, 6], default: 4}
          eta: {choose: [0.1, 0.25, 0.5], default: 0.25}
        derived:
          gradient: 2 * w
          updated: w - eta * gradient
        checks:
          - updated < w
        ---

        Minimise $f(w) = w^2$ by gradient descent, starting at $w_0 = [[w]]$ with learning rate $\\eta = [[eta]]$.

        ## (a) [2 points]

        Compute $w_1$, the value after one step.

        ### Answer

        $f'(w) = 2w$, so $f'(w_0) = [[gradient]]$ and $w_1 = w_0 - \\eta\\, f'(w_0) = [[w]] - [[eta]] \\cdot [[gradient]] = [[updated]]$.

        ### Rubric

        - [1 point] The gradient $f'(w_0) = [[gradient]]$.
        - [1 point] $w_1 = [[updated]]$.

        """

    static let examQuestion = """
        ---
        id: exam-question
        title: Derivatives
        topic: calculus
        tags: [derivatives]
        visibility: private
        solutions: private
        ---

        ## (a) [2 points]

        Compute the derivative of $g(x) = x^3 - 2x$.

        ### Answer

        $g'(x) = 3x^2 - 2$.

        ### Rubric

        - [1 point] $3x^2$.
        - [1 point] $-2$.

        ## (b) [2 points]

        Give the slope of the tangent line of $g$ at $x = 1$.

        ### Answer

        $g'(1) = 3 - 2 = 1$.

        ### Rubric

        - [1 point] Uses $g'(1)$.
        - [1 point] The value 1.

        """

    /// A YAML double-quoted string.
    static func yamlString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ") + "\""
    }
}
