import Figures
import Markup

/// ```figure blocks → inline SVG: the `Figures` renderer behind Markup's `BlockRenderer` hook.
struct FigureBlocks: BlockRenderer {
    var figures = FigureRenderer()

    func render(_ content: String) -> (html: String, warnings: [MarkupWarning]) {
        let figure = figures.render(content)
        return (figure.html, figure.warnings.map {
            MarkupWarning(line: $0.line, column: $0.column, message: "figure: \($0.message)")
        })
    }
}
