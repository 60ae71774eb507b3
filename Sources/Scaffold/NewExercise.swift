import Bank
import Foundation
import Yams

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
        case noCourse(String, String)
        case unknownTopic(String, suggestion: String?, topics: [String])
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .noCourse(let path, let reason):
                "\(path): cannot read the course (\(reason)); run this in a course folder, or give --bank"
            case .unknownTopic(let topic, let suggestion, let topics):
                "unknown topic `\(topic)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
                    + " The course's topics: " + topics.map { "`\($0)`" }.joined(separator: ", ")
                    + ". Add a topic to course.yml first to use a new one."
            case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
            }
        }
    }

    /// Writes the file and returns its URL.
    @discardableResult
    public func write() throws(Failure) -> URL {
        let courseURL = bank.appendingPathComponent("course.yml")
        let course: Course
        do {
            let text = try String(contentsOf: courseURL, encoding: .utf8)
            course = try YAMLDecoder().decode(Course.self, from: text)
        } catch {
            throw .noCourse(courseURL.path, "\(error)")
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

    static func closest(to word: String, among candidates: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
            var previous = Array(0...b.count)
            for i in 1...a.count {
                var current = [i] + Array(repeating: 0, count: b.count)
                for j in 1...b.count {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                previous = current
            }
            return previous[b.count]
        }
        let scored = candidates.map { ($0, distance(Array(word.lowercased()), Array($0.lowercased()))) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(2, word.count / 3) else {
            return candidates.first { $0.hasPrefix(word.lowercased()) }
        }
        return best.0
    }
}
