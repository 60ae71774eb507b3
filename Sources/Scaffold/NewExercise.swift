import Bank
import Foundation

/// `sitegen new exercise`: a new exercise file from a template, with a fresh id made from its
/// title, in a topic the course has.
public struct NewExercise: Sendable {
    public var bank: URL
    public var topic: String
    public var title: String
    public var isPublic: Bool

    public init(bank: URL, topic: String, title: String? = nil, isPublic: Bool = false) {
        self.bank = bank
        self.topic = topic
        self.title = title ?? "New exercise"
        self.isPublic = isPublic
    }

    public enum Failure: Error, CustomStringConvertible {
        /// `course.yml` is missing or does not read: the loader's own diagnostics.
        case noCourse(DiagnosticError)
        case unknownTopic(String, suggestion: String?, topics: [String])
        case cannotWrite(String, String)

        /// The failure as the one renderer prints it.
        public var diagnostics: [Diagnostic] {
            switch self {
            case .noCourse(let error): error.diagnostics
            case .unknownTopic(let topic, let suggestion, let topics):
                [.error(.scaffold, "the course has no topic `\(topic)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""),
                        notes: ["the course's topics: " + topics.map { "`\($0)`" }.joined(separator: ", "),
                                "to use a new topic, add it to course.yml first"])]
            case .cannotWrite(let path, let reason): [.error(.scaffold, "cannot write \(path): \(reason)")]
            }
        }

        public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    }

    /// Writes the file and returns its URL.
    @discardableResult
    public func write() throws(Failure) -> URL {
        let course: Course
        do {
            course = try BankLoader(root: bank).loadCourse()
        } catch {
            throw .noCourse(error)
        }
        let slugs = course.topics.map(\.slug)
        guard slugs.contains(topic) else {
            throw .unknownTopic(topic, suggestion: Self.closest(to: topic, among: slugs), topics: slugs)
        }
        let folder = bank.appendingPathComponent("exercises")
        let taken = Set(((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) })
        let id = Self.uniqueID(for: title, taken: taken)
        let url = folder.appendingPathComponent("\(id).md")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text(id: id).utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw .cannotWrite(url.path, error.localizedDescription)
        }
        return url
    }

    func text(id: String) -> String {
        let visibility = isPublic ? "public" : "private"
        return """
            ---
            id: \(id)
            title: \(CourseSkeleton.yamlString(title))
            topic: \(topic)
            tags: []
            visibility: \(visibility)
            solutions: \(visibility)
            ---

            ## (a) [1 point]

            Write the question here. Math works: $f(x) = x^2$.

            ### Answer

            Write the model answer here: the result first, then the reasoning.

            ### Rubric

            - [1 point] What the grader looks for.

            """
    }

    /// `Softmax and cross-entropy!` → `softmax-and-cross-entropy`; accents dropped.
    public static func slug(_ title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
        var slug = ""
        for scalar in folded.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "exercise" : String(slug.prefix(60)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// The slug of `title`, with `-2`, `-3`, … added until no exercise has it.
    public static func uniqueID(for title: String, taken: Set<String>) -> String {
        let base = slug(title)
        var id = base, number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }

    /// The topic a mistyped slug most likely meant: the closest by edit distance, else one it begins.
    static func closest(to word: String, among candidates: [String]) -> String? {
        Suggestion.closest(to: word, among: candidates) ?? candidates.first { $0.hasPrefix(word.lowercased()) }
    }
}
