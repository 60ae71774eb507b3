import Bank
import Foundation

/// The public site's search: `search-index.js` and one part per topic, `search-index/<topic>.js`,
/// scripts that define globals holding the index as JSON (scripts, not JSON files, so that
/// search works from `file://`, where a page cannot fetch one), and `search.html`, which loads
/// them all and whose script filters them. Each file holds its JSON on one line between a fixed
/// head and tail, for another tool to cut out (`json(inScript:)`, `json(inPart:)`):
/// `search-index.js` has `{"course":…,"entries":[the released exams],"parts":[the parts' paths]}`,
/// a part the array of its topic's exercises. Split by topic, so that a rebuild after an edit
/// writes one topic's part, not all of a 10,000-exercise index (35 MB).
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

    public static let scriptPath = "search-index.js"
    public static let pagePath = "search.html"
    /// The part holding the entries of the topic `slug`'s exercises.
    public static func partPath(_ slug: String) -> String { "search-index/\(slug).js" }
    /// One entry's JSON, as the index files hold it: a slice, so that a rebuild can keep the
    /// entries it did not change as parts of the file it read instead of copies of them.
    public typealias EncodedEntry = ArraySlice<UInt8>

    /// The globals the scripts define: the index, and the list of its parts' arrays.
    public static let global = "SITEGEN_SEARCH_INDEX", partsGlobal = "SITEGEN_SEARCH_INDEX_PARTS"
    /// What comes before and after the JSON in `search-index.js`, and in a part.
    public static let scriptHead = Array("window.\(global) = ".utf8), scriptTail = Array(";\n".utf8)
    public static let partHead = Array("(window.\(partsGlobal) = window.\(partsGlobal) || []).push(".utf8), partTail = Array(");\n".utf8)

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

    /// The index's files, from its entries each already encoded (`encoded(_:)`).
    public struct Files: Sendable {
        public var course: String
        /// The course's topics' slugs, in its order: one part each, empty or not.
        public var topics: [String]
        /// The entries of the listed exercises, by topic, each topic's in the bank's order.
        public var exercises: [String: [EncodedEntry]]
        /// The entries of the released exams, newest first.
        public var exams: [EncodedEntry]

        public init(course: String, topics: [String], exercises: [String: [EncodedEntry]], exams: [EncodedEntry]) {
            self.course = course
            self.topics = topics
            self.exercises = exercises
            self.exams = exams
        }

        /// `search-index.js` and every part.
        public var all: [OutputFile] { [script] + topics.map(part) }

        /// `search-index.js`: around the bytes JSONEncoder makes of `{"course":…,"entries":[…],
        /// "parts":[…]}` (sorted keys), the exams' entries as they are.
        public var script: OutputFile {
            var script = Data(scriptHead)
            script += jsonHead(course: course)
            SearchIndex.append(exams, to: &script)
            script += partsTail(topics: topics)
            script += scriptTail
            return OutputFile(.site, scriptPath, script)
        }

        /// The part of the topic `slug`: its entries as one JSON array. Made in one buffer: at
        /// 10,000 exercises in 10 topics, 3.5 MB.
        public func part(_ slug: String) -> OutputFile {
            let entries = exercises[slug] ?? []
            var part = Data(partHead)
            part.reserveCapacity(entries.reduce(partHead.count + partTail.count + 2) { $0 + $1.count + 1 })
            part.append(UInt8(ascii: "["))
            SearchIndex.append(entries, to: &part)
            part.append(UInt8(ascii: "]"))
            part += partTail
            return OutputFile(.site, partPath(slug), part)
        }
    }

    /// `entries`, a comma between two.
    private static func append(_ entries: [EncodedEntry], to data: inout Data) {
        for (index, entry) in entries.enumerated() {
            if index > 0 { data.append(UInt8(ascii: ",")) }
            data += entry
        }
    }

    /// `search-index.js`'s JSON up to its first entry: `{"course":…,"entries":[`.
    public static func jsonHead(course: String) -> Data {
        struct Head: Encodable { var course: String }
        return ((try? encoder.encode(Head(course: course))) ?? Data("{\"course\":\"\"}".utf8)).dropLast() + Data(#","entries":["#.utf8)
    }

    /// `search-index.js`'s JSON after its last entry: `],"parts":[…]}`.
    public static func partsTail(topics: [String]) -> Data {
        let parts = (try? encoder.encode(topics.map(partPath))) ?? Data("[]".utf8)
        return Data(#"],"parts":"#.utf8) + parts + Data("}".utf8)
    }

    /// The JSON of `search-index.js`, or nil when `script` is not one.
    public static func json(inScript script: [UInt8]) -> ArraySlice<UInt8>? {
        json(in: script, head: scriptHead, tail: scriptTail)
    }

    /// The JSON array of a part, or nil when `part` is not one.
    public static func json(inPart part: [UInt8]) -> ArraySlice<UInt8>? {
        json(in: part, head: partHead, tail: partTail)
    }

    private static func json(in script: [UInt8], head: [UInt8], tail: [UInt8]) -> ArraySlice<UInt8>? {
        guard script.count >= head.count + tail.count, script.starts(with: head),
              script.suffix(tail.count).elementsEqual(tail) else { return nil }
        return script[head.count..<script.count - tail.count]
    }

    /// Each entry's JSON, as the index file holds it.
    public static func encoded(_ entries: [Entry]) -> [EncodedEntry] {
        let encoder = encoder
        return entries.map { ((try? encoder.encode($0)).map(Array.init) ?? Array("{}".utf8))[...] }
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
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
    /// The search index's files and, when the theme has `search.mustache`, the search page.
    public func renderSearch(_ bank: Bank, index: SearchIndex.Files) -> [OutputFile] {
        var files = index.all
        guard theme.library.getTemplate(named: "search") != nil else { return files }
        struct SearchPage { var topics: [TopicLink]; var exams: String; var indexParts: [String] }
        struct TopicLink { var title: String; var href: String }
        let path = SearchIndex.pagePath
        let root = SitePaths.root(of: path)
        let content = SearchPage(topics: bank.course.topics.map { TopicLink(title: $0.title, href: root + SitePaths.topic($0.slug)) },
                                 exams: root + SitePaths.exams, indexParts: index.topics.map(SearchIndex.partPath))
        let view = PageView(title: labels["search"], root: root, course: CourseView(bank.course, renderer: exercises),
                            lang: bank.course.language, labels: labels.context, content: content)
        files.append(OutputFile(.site, path, html: theme.render("search", page: view)))
        return files
    }
}
