import Bank
import Foundation

/// The public site's search: `search-index.json` for other tools, the same data as
/// `search-index.js` (a `<script>` defining a global, so that search works from `file://`,
/// where a page cannot fetch a JSON file), and `search.html`, whose script filters it.
///
/// Only what the publication rule lets through goes in (see `Publication`): public exercises
/// (their stem and questions, and their model answers only when `solutions: public`) and released
/// exams. The order and the bytes are the same on every build.
public struct SearchIndex: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Equatable {
        /// `exercise` or `exam`.
        public var kind: String
        public var id: String
        public var title: String
        /// Relative to the site's root.
        public var href: String
        public var topic: String?
        public var tags: [String]
        public var text: String
    }

    public var course: String
    public var entries: [Entry]

    public static let jsonPath = "search-index.json"
    public static let scriptPath = "search-index.js"
    public static let pagePath = "search.html"
    /// The global the script file defines.
    public static let global = "SITEGEN_SEARCH_INDEX"

    public init(_ bank: Bank) { self.init(Publication(bank)) }

    /// The index of what `publication` lets through.
    public init(_ publication: Publication) {
        let bank = publication.bank
        course = bank.course.title
        var entries: [Entry] = []
        for exercise in publication.exercises {
            var texts = exercise.stem.map { [$0.text] } ?? []
            for part in exercise.parts {
                texts.append(part.title ?? "")
                texts.append(part.question.text)
                texts.append(part.answer.text)
            }
            entries.append(Entry(kind: "exercise", id: exercise.id, title: exercise.title,
                                 href: SitePaths.exercise(exercise.id),
                                 topic: bank.course.topic(exercise.metadata.topic)?.title ?? exercise.metadata.topic,
                                 tags: exercise.metadata.tags, text: Self.plain(texts.joined(separator: " "))))
        }
        for exam in publication.exams.reversed() {
            let titles = bank.exercises(of: exam).map(publication.cut).map(\.title).filter { !$0.isEmpty }
            entries.append(Entry(kind: "exam", id: exam.id, title: "\(exam.title), \(exam.date.long)",
                                 href: SitePaths.exam(exam.id), topic: nil, tags: [],
                                 text: Self.plain((titles + exam.instructions).joined(separator: " "))))
        }
        self.entries = entries
    }

    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }

    /// The script file around the JSON file's bytes, so that a build encodes the index once.
    static func script(wrapping json: Data) -> Data {
        Data("window.\(global) = ".utf8) + json + Data(";\n".utf8)
    }

    /// Markdown source as searchable text: no emphasis marks or math delimiters, one space
    /// between words. Reads Unicode scalars and writes UTF-8 bytes, many times faster than characters.
    static func plain(_ markdown: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(markdown.utf8.count)
        var lastWasSpace = true
        for scalar in markdown.unicodeScalars {
            if isBlank(scalar) {
                if !lastWasSpace { out.append(UInt8(ascii: " ")) }
                lastWasSpace = true
            } else {
                if scalar.isASCII { out.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { out.append($0) } }
                lastWasSpace = false
            }
        }
        if out.last == UInt8(ascii: " ") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whitespace, and the Markdown marks `plain` drops: emphasis, headings, quotes, code, math, tables.
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        switch UInt8(scalar.value) {
        case 0x09...0x0D, UInt8(ascii: " "), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "#"),
             UInt8(ascii: ">"), UInt8(ascii: "`"), UInt8(ascii: "$"), UInt8(ascii: "|"): return true
        default: return false
        }
    }
}

extension SiteRenderer {
    /// The search index files and, when the theme has `search.mustache`, the search page.
    public func renderSearch(_ bank: Bank) -> [OutputFile] {
        let index = SearchIndex(bank)
        let json = index.json
        var files = [OutputFile(.site, SearchIndex.jsonPath, json), OutputFile(.site, SearchIndex.scriptPath, SearchIndex.script(wrapping: json))]
        guard theme.library.getTemplate(named: "search") != nil else { return files }
        struct SearchPage { var topics: [TopicLink]; var exams: String }
        struct TopicLink { var title: String; var href: String }
        let path = SearchIndex.pagePath
        let root = SitePaths.root(of: path)
        let content = SearchPage(topics: bank.course.topics.map { TopicLink(title: $0.title, href: root + SitePaths.topic($0.slug)) },
                                 exams: root + SitePaths.exams)
        let view = PageView(title: labels["search"], root: root, course: CourseView(bank.course, renderer: exercises),
                            lang: bank.course.language, labels: labels.context, content: content)
        files.append(OutputFile(.site, path, html: theme.render("search", view)))
        return files
    }
}
