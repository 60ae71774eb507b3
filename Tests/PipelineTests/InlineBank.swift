import Foundation
import TestSupport

/// A bank written from an inline `[path: text]` map into a new temporary folder.
enum InlineBank {
    static let course = """
        title: Sentinel course
        code: "1"
        topics:
          - {slug: t, title: Topic}

        """

    /// Writes `files` (paths relative to the bank root) and, unless given, a one-topic course.
    static func write(_ files: [String: String]) throws -> URL {
        let root = Scratch.url("sitegen-bank")
        var files = files
        if files["course.yml"] == nil { files["course.yml"] = course }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    /// An exercise file with one part worth one point.
    static func exercise(id: String, title: String = "Title", visibility: String = "public", solutions: String = "public",
                         extra: String = "", stem: String = "", partTitle: String = "",
                         question: String = "Question.", answer: String = "Answer.", rubric: String = "Rubric.") -> String {
        """
        ---
        id: \(id)
        title: \(title)
        topic: t
        visibility: \(visibility)
        solutions: \(solutions)
        \(extra)
        ---

        \(stem)

        ## (a) [1 point] \(partTitle)

        \(question)

        ### Answer

        \(answer)

        ### Rubric

        - [1 point] \(rubric)

        """
    }
}
