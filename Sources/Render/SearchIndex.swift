import Bank
import Foundation

/// The public site's search: `search-index.js`, a `<script>` defining a global that holds the
/// index as JSON (a script, not a JSON file, so that search works from `file://`, where a page
/// cannot fetch one), and `search.html`, whose script filters it. The file is the JSON between
/// `scriptHead` and `scriptTail`, on one line: another tool takes it by cutting those off
/// (`json(inScript:)`). It is written once — at 10,000 exercises it is the site's largest file.
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
    /// One entry's JSON, as the index file holds it: a slice, so that a rebuild can keep the
    /// entries it did not change as parts of the file it read instead of copies of them.
    public typealias EncodedEntry = ArraySlice<UInt8>

    /// The global the script file defines.
    public static let global = "SITEGEN_SEARCH_INDEX"
    /// What comes before and after the JSON in the script file.
    public static let scriptHead = Array("window.\(global) = ".utf8), scriptTail = Array(";\n".utf8)

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

    /// The script file from the index's entries, each already encoded (`encoded(_:)`): around the
    /// bytes JSONEncoder makes of the whole index (`{"course":…,"entries":[…]}`, sorted keys), so that a rebuild can keep the entries of what
    /// did not change. Made in one buffer: at 10,000 exercises it is 35 MB.
    public static func script(course: String, entries: [EncodedEntry]) -> Data {
        var script = Data(scriptHead)
        script.reserveCapacity(entries.reduce(script.count + course.utf8.count + 64) { $0 + $1.count + 1 })
        script += jsonHead(course: course)
        for (index, entry) in entries.enumerated() {
            if index > 0 { script.append(UInt8(ascii: ",")) }
            script += entry
        }
        script += "]}".utf8
        script += scriptTail
        return script
    }

    /// The index's JSON up to its first entry: `{"course":…,"entries":[`.
    public static func jsonHead(course: String) -> Data {
        struct Head: Encodable { var course: String }
        return ((try? encoder.encode(Head(course: course))) ?? Data("{\"course\":\"\"}".utf8)).dropLast() + Data(#","entries":["#.utf8)
    }

    /// The JSON of a script file, or nil when `script` is not one.
    public static func json(inScript script: [UInt8]) -> ArraySlice<UInt8>? {
        guard script.count >= scriptHead.count + scriptTail.count, script.starts(with: scriptHead),
              script.suffix(scriptTail.count).elementsEqual(scriptTail) else { return nil }
        return script[scriptHead.count..<script.count - scriptTail.count]
    }

    /// Each entry's JSON, as the index file holds it.
    public static func encoded(_ entries: [Entry]) -> [EncodedEntry] {
        let encoder = encoder
        return entries.map { ((try? encoder.encode($0)).map(Array.init) ?? Array("{}".utf8))[...] }
    }

    /// The script file.
    public static func file(course: String, entries: [EncodedEntry]) -> OutputFile {
        OutputFile(.site, scriptPath, script(course: course, entries: entries))
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
    /// The search index file and, when the theme has `search.mustache`, the search page;
    /// `entries` are the index's entries already encoded (`SearchIndex.encoded`), nil to make them.
    public func renderSearch(_ bank: Bank, entries: [SearchIndex.EncodedEntry]? = nil) -> [OutputFile] {
        let entries = entries ?? SearchIndex.encoded(SearchIndex(bank).entries)
        var files = [SearchIndex.file(course: bank.course.title, entries: entries)]
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
