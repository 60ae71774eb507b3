/// Reads one exercise file: YAML front matter between `---` lines, then a Markdown body of a stem
/// and parts (`## (a) [2 points]`), each with `### Answer` and `### Rubric`.
struct ExerciseFile {
    var path: String
    var text: String

    func parse() -> Result<Exercise, DiagnosticError> {
        let lines = SourceLines(text)
        guard lines.count > 0, lines[1].trimmingTrailingWhitespace == "---" else {
            return fail(1, "an exercise file starts with YAML front matter between `---` lines")
        }
        guard let closing = (2...max(2, lines.count)).first(where: { $0 <= lines.count && lines[$0].trimmingTrailingWhitespace == "---" }) else {
            return fail(1, "the front matter opened on line 1 is never closed; add a line `---` after it")
        }
        let yaml = YAMLSource(file: path, text: lines.join(2..<closing), firstLine: 2)
        switch yaml.decode(ExerciseMetadata.self, what: "exercise front matter") {
        case .failure(let error):
            return .failure(error)
        case .success(let (decoded, keys)):
            var metadata = decoded
            metadata.keyLocations = keys
            var body = ExerciseBody(path: path, lines: lines, firstLine: closing + 1)
            let (stem, parts) = body.parse()
            if parts.isEmpty && body.diagnostics.isEmpty {
                body.diagnostics.append(.error(at: location(closing + 1), "the exercise has no parts; add one with `## (a) [2 points]`"))
            }
            guard body.diagnostics.isEmpty else {
                return .failure(DiagnosticError(stage: .load, diagnostics: body.diagnostics))
            }
            return .success(Exercise(metadata: metadata, stem: stem, parts: parts, location: location(1)))
        }
    }

    private func location(_ line: Int) -> SourceLocation { SourceLocation(file: path, line: line) }

    private func fail(_ line: Int, _ message: String) -> Result<Exercise, DiagnosticError> {
        .failure(DiagnosticError(stage: .load, diagnostics: [.error(at: location(line), message)]))
    }
}

/// The lines of a file, numbered from 1.
struct SourceLines {
    private let lines: [Substring]

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    var count: Int { lines.count }

    subscript(number: Int) -> Substring { lines[number - 1] }

    func join(_ numbers: Range<Int>) -> String {
        numbers.map { String(self[$0]) }.joined(separator: "\n")
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var s = self
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}

extension Exercise {
    /// Reads one exercise from the text of its file, as the bank loader does; `path` names the
    /// file in diagnostics.
    public static func read(_ text: String, path: String) -> Result<Exercise, DiagnosticError> {
        ExerciseFile(path: path, text: text).parse()
    }
}
