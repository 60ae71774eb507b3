import Foundation

/// Markdown → HTML with cmark-gfm, math protected from the Markdown parser and rendered by a
/// `MathRenderer`.
public struct MarkdownRenderer: Sendable {
    public var math: any MathRenderer
    /// Renderers for fenced blocks by kind: ```figure → the figure renderer.
    public var blocks: [String: any BlockRenderer]
    /// Whether the author's own HTML may pass (`raw_html: true` in course.yml), through
    /// `RawHTMLFilter`'s allow-list; by default it is dropped.
    public var rawHTML: Bool

    public init(math: any MathRenderer = TeXSourceMathRenderer(), blocks: [String: any BlockRenderer] = [:],
                rawHTML: Bool = false) {
        self.math = math
        self.blocks = blocks
        self.rawHTML = rawHTML
    }

    /// Block HTML for a Markdown text.
    public func render(_ markdown: String) -> RenderedMarkdown {
        // The placeholder marks are the build's own: in the author's text they become U+FFFD.
        let source = markdown.utf8.contains(Self.openBytes[0]) && markdown.unicodeScalars.contains(where: Self.isMark)
            ? String(String.UnicodeScalarView(markdown.unicodeScalars.map { Self.isMark($0) ? "\u{FFFD}" : $0 })) : markdown
        let extracted = MathExtractor(source, blockKinds: Set(blocks.keys))
        let cmark = CommonMark.html(from: extracted.markdown, rawHTML: rawHTML)
        let html = rawHTML ? RawHTMLFilter.filter(cmark) : cmark
        var warnings = extracted.warnings
        var blockHTML: [String] = []
        for block in extracted.blocks {
            guard let renderer = blocks[block.kind] else { blockHTML.append(""); continue }
            let (rendered, found) = renderer.render(block.content)
            warnings += found.map { MarkupWarning(line: block.line + $0.line, column: $0.column, message: $0.message) }
            blockHTML.append(rendered)
        }
        var formulaHTML: [String] = []
        for span in extracted.spans {
            let (formula, found) = math.render(span.tex, display: span.display)
            warnings += found.map { warning in
                MarkupWarning(line: span.line + warning.line - 1,
                              column: warning.line == 1 ? span.column + warning.column - 1 : warning.column,
                              message: warning.message)
            }
            formulaHTML.append(formula)
        }
        let filled = Self.fill(html, formulas: formulaHTML, displayed: extracted.spans.map(\.display), blocks: blockHTML)
        return RenderedMarkdown(html: filled, warnings: warnings)
    }

    /// Replaces every placeholder in one pass. A displayed formula or a block that stands alone in
    /// a paragraph replaces the paragraph, `<p>` and all. A placeholder inside a tag (an image's
    /// `alt`, a link's `title`) is left out: markup cannot go into an attribute. Reads UTF-8 bytes:
    /// the placeholders' marks and the HTML around them are found without decoding characters.
    static func fill(_ html: String, formulas: [String], displayed: [Bool], blocks: [String]) -> String {
        var html = html
        return html.withUTF8 { bytes in
            guard var mark = bytes.firstIndex(of: Self.openBytes, from: 0) else { return String(decoding: bytes, as: UTF8.self) }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + formulas.reduce(0) { $0 + $1.utf8.count } + blocks.reduce(0) { $0 + $1.utf8.count })
            output.append(contentsOf: bytes[..<mark])
            while true {
                let start = mark + Self.openBytes.count
                let next = bytes.firstIndex(of: Self.openBytes, from: start)
                fillPlaceholder(bytes[start..<(next ?? bytes.count)], into: &output, formulas: formulas, displayed: displayed, blocks: blocks)
                guard let next else { break }
                mark = next
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static let openBytes = Array(String(MathExtractor.open).utf8)
    private static let closeBytes = Array(String(MathExtractor.close).utf8)
    private static let paragraphOpen = Array("<p>".utf8), paragraphClose = Array("</p>".utf8)

    /// What follows one opening mark: the placeholder's name up to its closing mark, then HTML.
    private static func fillPlaceholder(_ piece: Slice<UnsafeBufferPointer<UInt8>>, into output: inout [UInt8],
                                        formulas: [String], displayed: [Bool], blocks: [String]) {
        let bytes = UnsafeBufferPointer(rebasing: piece)
        guard let end = bytes.firstIndex(of: closeBytes, from: 0) else { output.append(contentsOf: bytes); return }
        let isBlock = bytes.first == UInt8(ascii: "b")
        guard let index = Int(String(decoding: bytes[(isBlock ? 1 : 0)..<end], as: UTF8.self)) else {
            output.append(contentsOf: bytes)
            return
        }
        var rest = end + closeBytes.count
        let replacement = insideTag(output) ? "" : isBlock ? blocks[index] : formulas[index]
        let standsAlone = (isBlock || displayed[index])
            && output.suffix(3).elementsEqual(paragraphOpen) && bytes.has(paragraphClose, at: rest)
        if standsAlone {
            output.removeLast(3)
            rest += paragraphClose.count
        }
        output.append(contentsOf: replacement.utf8)
        output.append(contentsOf: bytes[rest...])
    }

    /// Whether the HTML so far ends inside a tag: its last `<` comes after its last `>` (a `<`
    /// at the very start does not count, as neither does a missing one).
    private static func insideTag(_ output: [UInt8]) -> Bool {
        guard let last = output.lastIndex(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) else { return false }
        return output[last] == UInt8(ascii: "<") && last > 0
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == MathExtractor.open.unicodeScalars.first! || scalar == MathExtractor.close.unicodeScalars.first!
    }

    /// Inline HTML: a single paragraph loses its `<p>` so it can sit in a heading or a table cell.
    public func renderInline(_ markdown: String) -> RenderedMarkdown {
        var rendered = render(markdown)
        var html = rendered.html.trimmingTrailingNewlines
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), !Self.hasParagraph(html, after: 3) {
            html = String(html.dropFirst(3).dropLast(4))
        }
        rendered.html = html
        return rendered
    }

    /// Whether another `<p>` opens at or after byte `start`: then the HTML is more than one paragraph.
    private static func hasParagraph(_ html: String, after start: Int) -> Bool {
        var html = html
        return html.withUTF8 { $0.firstIndex(of: paragraphOpen, from: start) != nil }
    }
}

/// HTML produced from Markdown, with what went wrong along the way.
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    public var warnings: [MarkupWarning]
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
