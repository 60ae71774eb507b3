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
        var html = CommonMark.html(from: extracted.markdown)
        var warnings: [MarkupWarning] = []
        for (index, block) in extracted.blocks.enumerated() {
            guard let renderer = blocks[block.kind] else { continue }
            let (rendered, found) = renderer.render(block.content)
            warnings += found.map { MarkupWarning(line: block.line + $0.line, column: $0.column, message: $0.message) }
            let placeholder = "\(MathExtractor.open)b\(index)\(MathExtractor.close)"
            html = html.replacingFirst("<p>\(placeholder)</p>", with: rendered)
        }
        for (index, span) in extracted.spans.enumerated() {
            let (formula, found) = math.render(span.tex, display: span.display)
            warnings += found.map { warning in
                MarkupWarning(line: span.line + warning.line - 1,
                              column: warning.line == 1 ? span.column + warning.column - 1 : warning.column,
                              message: warning.message)
            }
            let placeholder = "\(MathExtractor.open)\(index)\(MathExtractor.close)"
            let alone = "<p>\(placeholder)</p>"
            if span.display, html.contains(alone) {
                html = html.replacingFirst(alone, with: formula)
            } else {
                html = html.replacingFirst(placeholder, with: formula)
            }
        }
        return RenderedMarkdown(html: html, warnings: warnings)
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
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }

    var trimmingTrailingNewlines: String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
