/// Finds TeX formulas in Markdown before cmark-gfm sees them, so that `_`, `*` and backslash
/// escapes inside math survive, and replaces each by a placeholder that Markdown leaves alone.
/// Code spans and fenced code blocks are left as they are: `$` there is not math. Fenced blocks
/// of a registered kind (```figure) are lifted out the same way, to be rendered by their renderer.
struct MathExtractor {
    /// Placeholders are private-use characters around the formula's index.
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    private(set) var spans: [MathSpan] = []
    /// Fenced blocks of the kinds asked for, in order; their placeholders follow the formulas'.
    private(set) var blocks: [FencedBlock] = []
    private(set) var markdown = ""

    init(_ source: String, blockKinds: Set<String> = []) {
        var scanner = Scanner(Array(source))
        while !scanner.atEnd {
            if scanner.atLineStart, let fence = scanner.fenceLength() {
                let line = scanner.line
                let text = scanner.takeFencedBlock(fence)
                if let block = FencedBlock(text, line: line), blockKinds.contains(block.kind) {
                    markdown += "\n\(Self.open)b\(blocks.count)\(Self.close)\n\n"
                    blocks.append(block)
                } else {
                    markdown += text
                }
            } else if scanner.peek() == "`" {
                markdown += scanner.takeCodeSpanOrTicks()
            } else if scanner.peek() == "\\" {
                if let span = scanner.takeDelimited(open: "\\(", close: "\\)", display: false)
                    ?? scanner.takeDelimited(open: "\\[", close: "\\]", display: true) {
                    add(span)
                } else {
                    markdown += scanner.takeEscape()
                }
            } else if scanner.peek() == "$" {
                if let span = scanner.takeDelimited(open: "$$", close: "$$", display: true) ?? scanner.takeInlineDollar() {
                    add(span)
                } else {
                    markdown += scanner.take(1)
                }
            } else {
                markdown += scanner.take(1)
            }
        }
    }

    private mutating func add(_ span: MathSpan) {
        markdown += "\(Self.open)\(spans.count)\(Self.close)"
        spans.append(span)
    }
}

/// A cursor over Markdown characters that knows its line and column.
private struct Scanner {
    let chars: [Character]
    var index = 0
    var line = 1
    var column = 1

    init(_ chars: [Character]) { self.chars = chars }

    var atEnd: Bool { index >= chars.count }
    var atLineStart: Bool { index == 0 || chars[index - 1] == "\n" }

    func peek(_ offset: Int = 0) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    func starts(with text: String, at position: Int? = nil) -> Bool {
        var i = position ?? index
        for c in text {
            guard i < chars.count, chars[i] == c else { return false }
            i += 1
        }
        return true
    }

    mutating func take(_ count: Int) -> String {
        let end = min(index + count, chars.count)
        let text = String(chars[index..<end])
        for c in chars[index..<end] {
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        index = end
        return text
    }

    /// A backslash and the punctuation it escapes, kept for cmark to unescape.
    mutating func takeEscape() -> String {
        guard let next = peek(1), next.isASCII, next.isPunctuation || next.isSymbol else { return take(1) }
        return take(2)
    }

    /// The length of a code fence opening here (``` or ~~~, up to three spaces in), if any.
    func fenceLength() -> (Character, Int)? {
        var i = index
        while i < chars.count, chars[i] == " ", i - index < 3 { i += 1 }
        guard i < chars.count, chars[i] == "`" || chars[i] == "~" else { return nil }
        let marker = chars[i]
        var run = 0
        while i + run < chars.count, chars[i + run] == marker { run += 1 }
        return run >= 3 ? (marker, run) : nil
    }

    /// A fenced code block up to and including its closing fence (or the end of the text).
    mutating func takeFencedBlock(_ fence: (Character, Int)) -> String {
        var text = takeLine()
        while !atEnd {
            if let closing = fenceLength(), closing.0 == fence.0, closing.1 >= fence.1 {
                return text + takeLine()
            }
            text += takeLine()
        }
        return text
    }

    mutating func takeLine() -> String {
        var count = 0
        while index + count < chars.count, chars[index + count] != "\n" { count += 1 }
        return take(count + (index + count < chars.count ? 1 : 0))
    }

    /// A code span with its backticks, or the backtick run alone when nothing closes it.
    mutating func takeCodeSpanOrTicks() -> String {
        var run = 0
        while peek(run) == "`" { run += 1 }
        var i = index + run
        while i < chars.count {
            if chars[i] == "`" {
                var closing = 0
                while i + closing < chars.count, chars[i + closing] == "`" { closing += 1 }
                if closing == run { return take(i + closing - index) }
                i += closing
            } else {
                i += 1
            }
        }
        return take(run)
    }

    /// `open … close` as a formula, when it closes before a blank line.
    mutating func takeDelimited(open: String, close: String, display: Bool) -> MathSpan? {
        guard starts(with: open) else { return nil }
        var i = index + open.count
        while i < chars.count {
            if chars[i] == "\\" && close != "\\)" && close != "\\]" { i += 2; continue }
            if starts(with: close, at: i) {
                let tex = String(chars[(index + open.count)..<i])
                guard !tex.allSatisfy(\.isWhitespace) else { return nil }
                _ = take(open.count)
                let span = MathSpan(tex: tex, display: display, line: line, column: column)
                _ = take(i - index + close.count)
                return span
            }
            if chars[i] == "\n", i + 1 < chars.count, isBlankLine(from: i + 1) { return nil }
            i += 1
        }
        return nil
    }

    /// `$…$`: the opening `$` is followed by a non-space, the closing one follows a non-space and
    /// is not followed by a digit (so "$5 and $10" stays text), as in Pandoc.
    mutating func takeInlineDollar() -> MathSpan? {
        guard let first = peek(1), !first.isWhitespace, first != "$" else { return nil }
        var i = index + 1
        while i < chars.count {
            let c = chars[i]
            if c == "\\" { i += 2; continue }
            if c == "\n", i + 1 < chars.count, isBlankLine(from: i + 1) { return nil }
            if c == "$" {
                let before = chars[i - 1]
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                if !before.isWhitespace && !after.isNumber {
                    _ = take(1)
                    let span = MathSpan(tex: String(chars[index..<i]), display: false, line: line, column: column)
                    _ = take(i - index + 1)
                    return span
                }
                return nil
            }
            i += 1
        }
        return nil
    }

    private func isBlankLine(from position: Int) -> Bool {
        var i = position
        while i < chars.count, chars[i] != "\n" {
            if !chars[i].isWhitespace { return false }
            i += 1
        }
        return true
    }
}
