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
        let frontMatter = lines.join(2..<closing)
        let decoded = SimpleFrontMatter.read(frontMatter, file: path, firstLine: 2).map { .success($0) }
            ?? YAMLSource(file: path, text: frontMatter, firstLine: 2).decode(ExerciseMetadata.self, what: "exercise front matter")
        switch decoded {
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

/// The lines of a file, numbered from 1, without their line ends (`\n` or `\r\n`).
struct SourceLines {
    private let text: String
    private let lines: [Substring]
    /// Whether some line lost a `\r`: then the text between two lines is not just `\n`.
    private let hadCarriageReturns: Bool

    init(_ text: String) {
        var lines = text.lineSlices
        if lines.last == "" { lines.removeLast() }
        var hadCarriageReturns = false
        for index in lines.indices where lines[index].utf8.last == 0x0D {
            lines[index] = lines[index].dropLast()
            hadCarriageReturns = true
        }
        self.text = text
        self.lines = lines
        self.hadCarriageReturns = hadCarriageReturns
    }

    var count: Int { lines.count }

    subscript(number: Int) -> Substring { lines[number - 1] }

    /// The lines `numbers`, joined by `\n`.
    func join(_ numbers: Range<Int>) -> String {
        guard let first = numbers.first, let last = numbers.last else { return "" }
        if !hadCarriageReturns { return String(text[self[first].startIndex..<self[last].endIndex]) }
        var joined = ""
        for number in numbers {
            if number != first { joined += "\n" }
            joined += self[number]
        }
        return joined
    }
}

extension StringProtocol {
    /// The text cut at each `\n`, found byte by byte: `split(separator: "\n",
    /// omittingEmptySubsequences: false)`, except that a `\r\n` (one `Character`) ends a line too.
    /// The newlines are found in the text's contiguous bytes when it has them (a loaded file
    /// does), then each line is cut at an index moved on from the line before.
    var lineSlices: [SubSequence] {
        let newlines = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.filter { bytes[$0] == 0x0A }
        }
        guard let newlines else { return lineSlicesByIndex }
        var lines: [SubSequence] = []
        lines.reserveCapacity(newlines.count + 1)
        var start = startIndex, startOffset = 0
        for offset in newlines {
            let newline = utf8.index(start, offsetBy: offset - startOffset)
            lines.append(self[start..<newline])
            start = utf8.index(after: newline)
            startOffset = offset + 1
        }
        lines.append(self[start...])
        return lines
    }

    /// `lineSlices` for a text without contiguous bytes, walking its UTF-8 view.
    private var lineSlicesByIndex: [SubSequence] {
        var lines: [SubSequence] = []
        var start = startIndex
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: 0x0A) {
            lines.append(self[start..<newline])
            index = utf8.index(after: newline)
            start = index
        }
        lines.append(self[start...])
        return lines
    }

    /// Whether every character is a blank; bytes first, so that an ASCII line is never decoded.
    var isAllWhitespace: Bool {
        utf8.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
            || (utf8.contains { $0 >= 0x80 } && allSatisfy(\.isWhitespace))
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
