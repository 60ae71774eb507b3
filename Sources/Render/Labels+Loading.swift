import Bank
import Foundation
import Yams

/// Reading a theme's `languages/*.yml` and laying a course's `labels:` over its language.
extension Labels {
    /// Every `languages/<code>.yml` of a theme; each must have exactly the keys of `en.yml`.
    static func load(folder: URL, display: String) -> (languages: [String: Labels], problems: [Diagnostic]) {
        let root = folder.appendingPathComponent("languages")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.hasSuffix(".yml") }.sorted()
        var tables: [String: [String: YAMLValue]] = [:]
        var problems: [Diagnostic] = []
        // Each file parsed on its own core: with Yams, 5–7 ms a file, and every build reads them all.
        let parsed = names.mapOnAllCores { name -> (table: [String: YAMLValue]?, problem: Diagnostic?) in
            let text = (try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)) ?? ""
            do {
                return (try YAMLDecoder().decode([String: YAMLValue].self, from: text), nil)
            } catch {
                return (nil, .error(at: SourceLocation(file: "\(display)/languages/\(name)", line: 1), "language file does not read as keys with texts: \(error)"))
            }
        }
        for (name, result) in zip(names, parsed) {
            tables[String(name.dropLast(4))] = result.table
            problems += result.problem.map { [$0] } ?? []
        }
        guard let english = tables["en"] else {
            let location = SourceLocation(file: "\(display)/languages/en.yml", line: 1)
            return ([:], problems + [.error(at: location, "the theme has no `languages/en.yml`; copy it from the default Templates/ folder")])
        }
        var languages: [String: Labels] = [:]
        for (code, table) in tables.sorted(by: { $0.key < $1.key }) {
            let location = SourceLocation(file: "\(display)/languages/\(code).yml", line: 1)
            let missing = Set(english.keys).subtracting(table.keys).sorted()
            let unknown = Set(table.keys).subtracting(english.keys).sorted()
            if !missing.isEmpty { problems.append(.error(at: location, "missing \(missing.map { "`\($0)`" }.joined(separator: ", ")): every language file has the keys of en.yml")) }
            if !unknown.isEmpty { problems.append(.error(at: location, "unknown \(unknown.map { "`\($0)`" }.joined(separator: ", ")): a language file has the keys of en.yml only")) }
            do {
                languages[code] = try Labels(table)
            } catch {
                problems.append(.error(at: location, error.message))
            }
        }
        return (languages, problems)
    }

    struct Problem: Error { var key: String; var message: String }

    /// Words from a table of texts, with `months` (12) and `weekdays` (7) as lists.
    init(_ table: [String: YAMLValue]) throws(Problem) {
        var words: [String: String] = [:]
        for (key, value) in table where !Labels.listKeys.contains(key) {
            guard let text = value.scalar else { throw Problem(key: key, message: "`\(key)` must be a text") }
            words[key] = text
        }
        func list(_ key: String, _ count: Int) throws(Problem) -> [String] {
            guard let items = table[key]?.sequence?.compactMap(\.scalar), items.count == count else {
                throw Problem(key: key, message: "`\(key)` must be a list of \(count) names")
            }
            return items
        }
        self.init(words: words, months: try list("months", 12), weekdays: try list("weekdays", 7))
    }

    /// The course's language with its `labels:` laid over it; an unknown language or label key is an
    /// error at its line in course.yml.
    public static func forCourse(_ course: Course, theme: Theme) throws(DiagnosticError) -> Labels {
        guard var labels = theme.languages[course.language] else {
            let known = theme.languages.keys.sorted().map { "`\($0)`" }.joined(separator: ", ")
            throw DiagnosticError(stage: .load, diagnostics: [
                .error(at: course.keyLocations["language"], "no language file for `language: \(course.language)`",
                       hint: "use one of \(known), or add `languages/\(course.language).yml` to the theme"),
            ])
        }
        var problems: [Diagnostic] = []
        var table = labels.words.mapValues(YAMLValue.scalar)
        table["months"] = .sequence(labels.months.map(YAMLValue.scalar))
        table["weekdays"] = .sequence(labels.weekdays.map(YAMLValue.scalar))
        for (key, value) in course.labels.sorted(by: { $0.key < $1.key }) {
            guard table[key] != nil else {
                let guess = Suggestion.closest(to: key, among: table.keys).map { "did you mean `\($0)`?" }
                problems.append(.error(at: course.keyLocations["labels.\(key)"], "unknown label `\(key)`",
                                       hint: guess ?? "the keys are those of the theme's languages/en.yml"))
                continue
            }
            table[key] = value
        }
        do {
            labels = try Labels(table)
        } catch {
            problems.append(.error(at: course.keyLocations["labels.\(error.key)"], error.message))
        }
        guard problems.isEmpty else { throw DiagnosticError(stage: .load, diagnostics: problems) }
        return labels
    }
}
