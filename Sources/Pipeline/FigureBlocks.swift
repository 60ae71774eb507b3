import Figures
import Markup
import Variants

/// ```figure blocks → inline SVG: the `Figures` renderer behind Markup's `BlockRenderer` hook.
/// A figure is a pure function of its spec, so each distinct spec is drawn once per build (up to
/// `ResultMemo`'s bound). One is made per course language: its memo holds figures in those words.
struct FigureBlocks: BlockRenderer {
    var figures: FigureRenderer
    let drawn = ResultMemo<ExactText, Drawn>(limit: 1 << 12)

    struct Drawn: Sendable {
        var html: String
        var warnings: [MarkupWarning]
    }

    func render(_ content: String) -> (html: String, warnings: [MarkupWarning]) {
        let result = drawn.value(for: ExactText(content)) {
            let figure = figures.render(content)
            return Drawn(html: figure.html, warnings: figure.warnings.map {
                MarkupWarning(line: $0.line, column: $0.column, message: "figure: \($0.message)")
            })
        }
        return (result.html, result.warnings)
    }
}
