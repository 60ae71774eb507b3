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
        let source = markdown.contains(where: { $0 == MathExtractor.open || $0 == MathExtractor.close })
            ? String(markdown.map { $0 == MathExtractor.open || $0 == MathExtractor.close ? "\u{FFFD}" : $0 }) : markdown
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
    /// `alt`, a link's `title`) is left out: markup cannot go into an attribute.
    static func fill(_ html: String, formulas: [String], displayed: [Bool], blocks: [String]) -> String {
        let pieces = html.split(separator: MathExtractor.open, omittingEmptySubsequences: false)
        var output = String(pieces[0])
        output.reserveCapacity(html.utf8.count + formulas.reduce(0) { $0 + $1.utf8.count })
        for piece in pieces.dropFirst() {
            guard let end = piece.firstIndex(of: MathExtractor.close) else { output += piece; continue }
            let name = piece[..<end]
            var rest = piece[piece.index(after: end)...]
            let isBlock = name.first == "b"
            guard let index = Int(isBlock ? name.dropFirst() : name) else { output += piece; continue }
            let insideTag = (output.lastIndex(of: "<") ?? output.startIndex) > (output.lastIndex(of: ">") ?? output.startIndex)
            let replacement = insideTag ? "" : isBlock ? blocks[index] : formulas[index]
            let standsAlone = (isBlock || displayed[index]) && output.hasSuffix("<p>") && rest.hasPrefix("</p>")
            if standsAlone {
                output.removeLast(3)
                rest = rest.dropFirst(4)
            }
            output += replacement
            output += rest
        }
        return output
    }

    /// Inline HTML: a single paragraph loses its `<p>` so it can sit in a heading or a table cell.
    public func renderInline(_ markdown: String) -> RenderedMarkdown {
        var rendered = render(markdown)
        var html = rendered.html.trimmingTrailingNewlines
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        rendered.html = html
        return rendered
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
