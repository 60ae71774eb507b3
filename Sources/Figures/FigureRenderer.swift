import Diagnostics
import Markup

/// A finished drawing: the `<svg>` element and the text alternative it carries.
struct Drawing {
    var svg: String
    /// The text alternative, also the SVG's `<title>` and `aria-label`.
    var description: String
}

/// One kind of figure: reads its keys from the spec and draws itself.
protocol FigureKind {
    /// The keys this kind accepts besides `kind` and `caption`.
    static var keys: [String] { get }
    init(_ spec: SpecMapping, words: FigureWords) throws
    func draw() -> Drawing
}

/// The result of rendering a figure block.
public struct RenderedFigure: Sendable, Hashable {
    /// A `<figure>` holding the SVG, or a visible error box when the spec is wrong.
    public var html: String
    /// Problems, located in the block's content.
    public var warnings: [FigureError]
    /// The text alternative (empty for an error box).
    public var description: String
    /// The `<svg>` element alone, for a file of its own (an LMS package); nil for an error box.
    public var svg: String? = nil
    /// The caption as written, unescaped.
    public var caption: String? = nil
}

/// Renders ```figure blocks: YAML spec in, inline SVG (no JavaScript) out.
public struct FigureRenderer: Sendable {
    /// The words figures write, in the course's language.
    public var words: FigureWords

    public init(words: FigureWords = .english) { self.words = words }

    /// Renders one spec. A bad spec gives a warning and an error box in the page, never a crash.
    public func render(_ spec: String) -> RenderedFigure {
        do {
            let parsed = try FigureSpec(spec)
            let figure: any FigureKind
            switch parsed.kind {
            case "network": figure = try NetworkDiagram(parsed.keys, words: words)
            case "rnn": figure = try RNNDiagram(parsed.keys, words: words)
            case "cnn": figure = try CNNStack(parsed.keys, words: words)
            case "graph": figure = try ComputationGraph(parsed.keys, words: words)
            case "activation_plot": figure = try ActivationPlot(parsed.keys, words: words)
            case "gradient_ratio_plot": figure = try GradientRatioPlot(parsed.keys, words: words)
            default: figure = try LossCurvePlot(parsed.keys, words: words)
            }
            let drawing = figure.draw()
            var html = "<figure class=\"figure figure-\(parsed.kind.replacingOccurrences(of: "_", with: "-"))\">\n\(drawing.svg)\n"
            if let caption = parsed.caption {
                html += "<figcaption>\(HTML.escape(caption))</figcaption>\n"
            }
            html += "</figure>\n"
            return RenderedFigure(html: html, warnings: [], description: drawing.description,
                                  svg: drawing.svg, caption: parsed.caption)
        } catch let error as FigureError {
            return RenderedFigure(html: Self.errorBox(error, spec: spec), warnings: [error], description: "")
        } catch {
            let located = FigureError(line: 1, column: 1, message: "figure not drawn: \(error)")
            return RenderedFigure(html: Self.errorBox(located, spec: spec), warnings: [located], description: "")
        }
    }

    /// A box the reader cannot miss, saying what is wrong as the terminal does (through the one
    /// `DiagnosticRenderer`), with the severity the build reports: `figure:2:30: warning: …`, the
    /// line of the spec and a caret under the place.
    static func errorBox(_ error: FigureError, spec: String) -> String {
        let diagnostic = Diagnostic.warning(at: SourceLocation(file: "figure", line: error.line, column: error.column), error.message)
        let text = DiagnosticRenderer(program: "figure", source: { _ in spec }).render(diagnostic)
        return "<div class=\"figure-error\" role=\"note\"><p><strong>Figure not drawn.</strong></p>"
            + "<pre>\(HTML.escape(text))</pre></div>\n"
    }
}
