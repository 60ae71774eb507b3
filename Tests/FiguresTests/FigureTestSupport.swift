import Foundation
import SiteInspection
@testable import Figures

/// Renders a spec and parses the HTML back with libxml2, as the site checks do.
func parsed(_ spec: String) -> (figure: RenderedFigure, root: HTMLElement) {
    let figure = FigureRenderer().render(spec)
    return (figure, HTMLParser.parse("<!DOCTYPE html><html><body>\(figure.html)</body></html>"))
}

/// The texts of the `<text>` elements under `element`.
func texts(_ element: HTMLElement) -> [String] { element.all("text").map(\.text) }

/// The repository root, from this file's path.
let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
