import Bank
import Foundation
import TeXMath

/// `qti-2.1.zip`: an IMS content package with one QTI 2.1 item per exercise variant, a test
/// whose sections each select one variant of an exercise (an exam's pool: a section selecting
/// `pick` of its exercises' sections), the figures as SVG files, and `imsmanifest.xml` listing
/// every file.
struct QTIPackage {
    var selection: ExportSelection
    var pools: [QuestionPool]
    var course: Course

    static let figureFolder = "figures/"

    func data() throws -> (zip: Data, diagnostics: [Diagnostic]) {
        let converter: MathConverter
        do { converter = try MathConverter(macros: course.macros.joined(separator: "\n")) } catch {
            throw DiagnosticError(stage: .export, diagnostics: [.error(.export, "TeX macro definition: \(error.message)")])
        }
        // Items live in items/: their figures are one folder up.
        let markup = ExportMarkup(math: MarkedMath(), figurePrefix: "../" + Self.figureFolder, course: course)
        let content = QTIContent(math: converter)
        var diagnostics: [Diagnostic] = []
        var items: [String: [QTIItem]] = [:]
        var files: [(path: String, contents: Data)] = []
        var itemFigures: [String: [PackageFile]] = [:]
        for pool in pools {
            for variant in pool.variants {
                let (rendered, found) = markup.render(variant.exercise)
                diagnostics += found
                let item = QTIItem(variant: variant, rendered: rendered, content: content, markup: markup)
                items[pool.exercise.id, default: []].append(item)
                let xml = item.xml()
                files.append((item.path, Data(xml.utf8)))
                itemFigures[item.identifier] = markup.figures.files(in: xml)
            }
        }
        let test = QTITest(selection: selection, items: items)
        files.insert(("test.xml", Data(test.xml().utf8)), at: 0)
        let figures = markup.figures.files
        files += figures.map { (Self.figureFolder + $0.name, $0.contents) }
        let manifest = QTIManifest(name: selection.name, title: selection.title, items: items.values.flatMap { $0 },
                                   itemFigures: itemFigures, figures: figures)
        files.insert(("imsmanifest.xml", Data(manifest.xml().utf8)), at: 0)
        return (try PackageZip.data(files), diagnostics)
    }
}
