import Foundation

/// Markdown → HTML with cmark-gfm, math protected from the Markdown parser and rendered by a
/// `MathRenderer`.
public struct MarkdownRenderer: Sendable {
    public var math: any MathRenderer
    /// Renderers for fenced blocks by kind: ```figure → the figure renderer.
    public var blocks: [String: any BlockRenderer]

    public init(math: any MathRenderer = TeXSourceMathRenderer(), blocks: [String: any BlockRenderer] = [:]) {
        self.math = math
        self.blocks = blocks
    }

    /// Block HTML for a Markdown text.
    public func render(_ markdown: String) -> RenderedMarkdown {
        let extracted = MathExtractor(markdown, blockKinds: Set(blocks.keys))
        let html = CommonMark.html(from: extracted.markdown)
        var warnings: [MarkupWarning] = []
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
    /// a paragraph replaces the paragraph, `<p>` and all.
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
            let replacement = isBlock ? blocks[index] : formulas[index]
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
