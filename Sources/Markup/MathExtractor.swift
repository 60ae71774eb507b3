/// Finds TeX formulas in Markdown before cmark-gfm sees them, so that `_`, `*` and backslash
/// escapes inside math survive, and replaces each by a placeholder that Markdown leaves alone.
/// Code spans and fenced code blocks are left as they are: `$` there is not math. Fenced blocks
/// of a registered kind (```figure) are lifted out the same way, to be rendered by their renderer.
///
/// It reads UTF-8 bytes, as cmark-gfm does: every delimiter is ASCII, and a UTF-8 continuation
/// byte is never mistaken for one. Text between formulas is copied in runs, not character by character.
struct MathExtractor {
    /// Placeholders are private-use characters around the formula's index.
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    private(set) var spans: [MathSpan] = []
    /// Fenced blocks of the kinds asked for, in order; their placeholders follow the formulas'.
    private(set) var blocks: [FencedBlock] = []
    /// `$$` or `$` that opens a formula nothing closes: the text stays text, and the author is told.
    private(set) var warnings: [MarkupWarning] = []
    private(set) var markdown = ""

    init(_ source: String, blockKinds: Set<String> = []) {
        var source = source
        var output: [UInt8] = []
        source.withUTF8 { bytes in
            output.reserveCapacity(bytes.count + 16)
            var scanner = MarkdownScanner(bytes)
            var copied = 0
            func replace(upTo start: Int, with placeholder: String) {
                output.append(contentsOf: bytes[copied..<start])
                output.append(contentsOf: placeholder.utf8)
                copied = scanner.index
            }
            while !scanner.atEnd {
                let start = scanner.index
                if scanner.atLineStart, let fence = scanner.fenceLength() {
                    let line = scanner.line(at: start)
                    scanner.skipFencedBlock(fence)
                    if let block = FencedBlock(scanner.text(start..<scanner.index), line: line), blockKinds.contains(block.kind) {
                        replace(upTo: start, with: "\n\(Self.open)b\(blocks.count)\(Self.close)\n\n")
                        blocks.append(block)
                    }
                    continue
                }
                let span: MathSpan?
                switch scanner.byte {
                case UInt8(ascii: "`"):
                    scanner.skipCodeSpanOrTicks()
                    span = nil
                case UInt8(ascii: "\\"):
                    span = scanner.takeDelimited(open: "\\(", close: "\\)", display: false)
                        ?? scanner.takeDelimited(open: "\\[", close: "\\]", display: true)
                    if span == nil { scanner.skipEscape() }
                case UInt8(ascii: "$"):
                    span = scanner.takeDelimited(open: "$$", close: "$$", display: true) ?? scanner.takeInlineDollar()
                    if span == nil {
                        if let unclosed = scanner.unclosedDollar() { warnings.append(unclosed) }
                        scanner.index += scanner.starts(with: "$$", at: scanner.index) ? 2 : 1
                    }
                default:
                    scanner.index += 1
                    span = nil
                }
                if let span {
                    replace(upTo: start, with: "\(Self.open)\(spans.count)\(Self.close)")
                    spans.append(span)
                }
            }
            output.append(contentsOf: bytes[copied...])
        }
        markdown = String(decoding: output, as: UTF8.self)
    }
}

/// A cursor over the UTF-8 bytes of Markdown that can tell the line and column of a place.
private struct MarkdownScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// `line(at:)` counts newlines from where it last stopped: places are asked for in order.
    private var counted = (index: 0, line: 1)

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static let newline = UInt8(ascii: "\n")

    var atEnd: Bool { index >= bytes.count }
    var byte: UInt8 { bytes[index] }
    var atLineStart: Bool { index == 0 || bytes[index - 1] == Self.newline }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The 1-based line of a byte offset.
    mutating func line(at position: Int) -> Int {
        if position < counted.index { counted = (0, 1) }
        var line = counted.line
        for i in counted.index..<position where bytes[i] == Self.newline { line += 1 }
        counted = (position, line)
        return line
    }

    /// The 1-based column, in characters, of a byte offset.
    func column(at position: Int) -> Int {
        var start = position
        while start > 0, bytes[start - 1] != Self.newline { start -= 1 }
        return text(start..<position).count + 1
    }

    func starts(with text: StaticString, at position: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = text.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        return true
    }

    /// A backslash and the ASCII punctuation it escapes, kept for cmark to unescape.
    mutating func skipEscape() {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let isPunctuation = (0x21...0x7E).contains(next) && !(0x30...0x39).contains(next)
            && !(0x41...0x5A).contains(next) && !(0x61...0x7A).contains(next)
        index += isPunctuation ? 2 : 1
    }

    /// The fence opening here (``` or ~~~, up to three spaces in), if any.
    func fenceLength() -> (marker: UInt8, length: Int)? {
        var i = index
        while i < bytes.count, bytes[i] == UInt8(ascii: " "), i - index < 3 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "`") || bytes[i] == UInt8(ascii: "~") else { return nil }
        let marker = bytes[i]
        var run = 0
        while i + run < bytes.count, bytes[i + run] == marker { run += 1 }
        return run >= 3 ? (marker, run) : nil
    }

    /// A fenced code block up to and including its closing fence (or the end of the text).
    mutating func skipFencedBlock(_ fence: (marker: UInt8, length: Int)) {
        skipLine()
        while !atEnd {
            if let closing = fenceLength(), closing.marker == fence.marker, closing.length >= fence.length {
                skipLine()
                return
            }
            skipLine()
        }
    }

    mutating func skipLine() {
        while index < bytes.count, bytes[index] != Self.newline { index += 1 }
        if index < bytes.count { index += 1 }
    }

    /// A code span with its backticks, or the backtick run alone when nothing closes it.
    mutating func skipCodeSpanOrTicks() {
        let tick = UInt8(ascii: "`")
        var run = 0
        while index + run < bytes.count, bytes[index + run] == tick { run += 1 }
        var i = index + run
        while i < bytes.count {
            if bytes[i] == tick {
                var closing = 0
                while i + closing < bytes.count, bytes[i + closing] == tick { closing += 1 }
                if closing == run { index = i + closing; return }
                i += closing
            } else {
                i += 1
            }
        }
        index += run
    }

    /// `open … close` as a formula, when it closes before a blank line.
    mutating func takeDelimited(open: StaticString, close: StaticString, display: Bool) -> MathSpan? {
        guard starts(with: open, at: index) else { return nil }
        let texStart = index + open.utf8CodeUnitCount
        let skipsEscapes = close.utf8Start[0] != UInt8(ascii: "\\")
        var i = texStart
        while i < bytes.count {
            if skipsEscapes && bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if starts(with: close, at: i) {
                let tex = text(texStart..<i)
                guard !tex.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { return nil }
                let span = MathSpan(tex: tex, display: display, line: line(at: texStart), column: column(at: texStart))
                index = i + close.utf8CodeUnitCount
                return span
            }
            if bytes[i] == Self.newline, i + 1 < bytes.count, isBlankLine(from: i + 1) { return nil }
            i += 1
        }
        return nil
    }

    /// `$…$`: the opening `$` is followed by a non-space, the closing one follows a non-space and
    /// is not followed by a digit (so "$5 and $10" stays text), as in Pandoc.
    mutating func takeInlineDollar() -> MathSpan? {
        guard index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "$"),
              !scalar(startingAt: index + 1).properties.isWhitespace else { return nil }
        var i = index + 1
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\\") { i += 2; continue }
            if c == Self.newline, i + 1 < bytes.count, isBlankLine(from: i + 1) { return nil }
            if c == UInt8(ascii: "$") {
                let before = scalar(endingAt: i)
                let afterIsNumber = i + 1 < bytes.count && scalar(startingAt: i + 1).properties.numericType != nil
                guard !before.properties.isWhitespace && !afterIsNumber else { return nil }
                let span = MathSpan(tex: text(index + 1..<i), display: false,
                                    line: line(at: index + 1), column: column(at: index + 1))
                index = i + 1
                return span
            }
            i += 1
        }
        return nil
    }

    /// A warning when the `$$` or `$` here opens a formula that no delimiter closes before a blank
    /// line. A `$` before a digit or a space is a dollar sign ("$5 and $10"), not an opening.
    mutating func unclosedDollar() -> MarkupWarning? {
        let display = starts(with: "$$", at: index)
        let next = index + (display ? 2 : 1)
        guard next < bytes.count, bytes[next] != UInt8(ascii: "$") else { return nil }
        let first = scalar(startingAt: next)
        guard !first.properties.isWhitespace, display || first.properties.numericType == nil else { return nil }
        let delimiter = display ? "$$" : "$"
        return MarkupWarning(line: line(at: index), column: column(at: index),
                             message: "`\(delimiter)` opens a formula that nothing closes before the paragraph ends; "
                                 + "close it with `\(delimiter)`, or write `\\$` for a dollar sign")
    }

    private func isBlankLine(from position: Int) -> Bool {
        var i = position
        while i < bytes.count, bytes[i] != Self.newline {
            let scalar = scalar(startingAt: i)
            if !scalar.properties.isWhitespace { return false }
            i += scalar.utf8.count
        }
        return true
    }

    /// The Unicode scalar whose UTF-8 encoding starts at `position`.
    private func scalar(startingAt position: Int) -> Unicode.Scalar {
        let first = bytes[position]
        if first < 0x80 { return Unicode.Scalar(first) }
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return text(position..<end).unicodeScalars.first ?? " "
    }

    /// The Unicode scalar whose UTF-8 encoding ends just before `position`.
    private func scalar(endingAt position: Int) -> Unicode.Scalar {
        var start = position - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start)
    }
}
