import Figures
import Foundation
import Markup
import Variants

/// ```figure blocks → SVG files of their own, referenced by an `<img>` whose address starts with
/// the format's prefix (`@@PLUGINFILE@@/` in Moodle, the package folder in QTI and Canvas). The
/// same figure is one file, named by a hash of its SVG.
final class FigureFiles: BlockRenderer, @unchecked Sendable {
    // Safe: `drawn` is only touched while holding `lock`.
    private let lock = NSLock()
    private var drawn: [String: PackageFile] = [:]
    let prefix: String

    init(prefix: String) { self.prefix = prefix }

    /// Every figure drawn so far, by name.
    var files: [PackageFile] { lock.withLock { drawn.values.sorted { $0.name < $1.name } } }

    /// The files among `files` that `html` refers to.
    func files(in html: String) -> [PackageFile] {
        files.filter { html.contains(prefix + $0.name) }
    }

    func render(_ content: String) -> (html: String, warnings: [MarkupWarning]) {
        let figure = FigureRenderer().render(content)
        let warnings = figure.warnings.map { MarkupWarning(line: $0.line, column: $0.column, message: "figure: \($0.message)") }
        guard let svg = figure.svg else { return (figure.html, warnings) }
        let hex = String(stableHash(svg), radix: 16)
        let name = "figure-\(String(repeating: "0", count: 16 - hex.count))\(hex).svg"
        let file = PackageFile(name: name, contents: Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n").utf8))
        lock.withLock { drawn[name] = file }
        var html = "<figure><img src=\"\(prefix)\(name)\" alt=\"\(XMLText.escape(figure.description))\" />"
        if let caption = figure.caption { html += "<figcaption>\(XMLText.escape(caption))</figcaption>" }
        return (html + "</figure>\n", warnings)
    }
}
