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
        course = publication.bank.course.title
        entries = publication.exercises.map { Entry($0, in: publication.bank.course) } + Self.examEntries(publication)
    }

    /// The entries of the released exams, newest first, as they follow the exercises' entries.
    public static func examEntries(_ publication: Publication) -> [Entry] {
        let bank = publication.bank
        return publication.exams.reversed().map { exam in
            let titles = bank.exercises(of: exam).map(publication.cut).map(\.title).filter { !$0.isEmpty }
            return Entry(kind: "exam", id: exam.id, title: "\(exam.title), \(exam.date.long)",
                         href: SitePaths.exam(exam.id), topic: nil, tags: [],
                         text: plain((titles + exam.instructions).joined(separator: " ")))
        }
    }

    /// The index file, `{"course":…,"entries":[…]}` with sorted keys.
    public var json: Data { Self.json(course: course, entries: Self.encoded(entries)) }

    /// The index file from its entries, each already encoded (`encoded(_:)`): the bytes JSONEncoder
    /// makes of the whole index, so that a rebuild can keep the entries of what did not change.
    public static func json(course: String, entries: [[UInt8]]) -> Data {
        struct Head: Encodable { var course: String }
        var json = Data(((try? encoder.encode(Head(course: course))) ?? Data("{\"course\":\"\"}".utf8)).dropLast())
        json.reserveCapacity(entries.reduce(json.count + 16) { $0 + $1.count + 1 })
        json.append(contentsOf: Array(#","entries":["#.utf8))
        for (index, entry) in entries.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(contentsOf: entry)
        }
        json.append(contentsOf: Array("]}".utf8))
        return json
    }

    /// Each entry's JSON, as the index file holds it.
    public static func encoded(_ entries: [Entry]) -> [[UInt8]] {
        let encoder = encoder
        return entries.map { ((try? encoder.encode($0)).map(Array.init)) ?? Array("{}".utf8) }
    }

    /// The index file and the script defining the same data.
    public static func files(json: Data) -> [OutputFile] {
        [OutputFile(.site, jsonPath, json), OutputFile(.site, scriptPath, script(wrapping: json))]
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
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

extension SearchIndex.Entry {
    /// The entry of a public exercise, as the publication rule lets it through.
    public init(_ exercise: Exercise, in course: Course) {
        var texts = exercise.stem.map { [$0.text] } ?? []
        for part in exercise.parts {
            texts.append(part.title ?? "")
            texts.append(part.question.text)
            texts.append(part.answer.text)
        }
        self.init(kind: "exercise", id: exercise.id, title: exercise.title, href: SitePaths.exercise(exercise.id),
                  topic: course.topic(exercise.metadata.topic)?.title ?? exercise.metadata.topic,
                  tags: exercise.metadata.tags, text: SearchIndex.plain(texts.joined(separator: " ")))
    }
}

extension SiteRenderer {
    /// The search index files and, when the theme has `search.mustache`, the search page;
    /// `entries` are the index's entries already encoded (`SearchIndex.encoded`), nil to make them.
    public func renderSearch(_ bank: Bank, entries: [[UInt8]]? = nil) -> [OutputFile] {
        let json = entries.map { SearchIndex.json(course: bank.course.title, entries: $0) } ?? SearchIndex(bank).json
        var files = SearchIndex.files(json: json)
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
