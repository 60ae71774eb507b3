import Bank

extension Theme {
    /// Every `labels.<key>` a template reads must be a key of the theme's `languages/en.yml`:
    /// Mustache would print nothing for a misspelt or missing one. An error at the tag, with the
    /// closest key as a hint. (Also for the built-in templates, the private index's and the
    /// results report's, in their tests.)
    public static func unknownLabels(in text: String, file: String, known: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let tag = rest.range(of: "{{") {
                let name = rest[tag.upperBound...].drop { "{#^/&! ".contains($0) }
                rest = rest[tag.upperBound...]
                guard name.hasPrefix("labels.") else { continue }
                let key = String(name.dropFirst("labels.".count).prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                guard !known.contains(key) else { continue }
                let column = line.distance(from: line.startIndex, to: name.startIndex) + 1
                let guess = Suggestion.closest(to: key, among: known).map { "did you mean `labels.\($0)`?" }
                problems.append(.error(at: SourceLocation(file: file, line: number + 1, column: column),
                                       "the template reads `labels.\(key)`, which languages/en.yml does not have",
                                       hint: guess ?? "add `\(key)` to every file of languages/, or use one of their keys"))
            }
        }
        return problems
    }
}
