import Bank
import Foundation
import Mustache

/// The templates and static assets of a theme (`Templates/` by default).
public struct Theme: Sendable {
    public var folder: URL
    let library: MustacheLibrary
    /// The printed words of each language the theme ships (`languages/en.yml`, …), by code.
    public let languages: [String: Labels]

    /// The templates every theme must have.
    static let requiredTemplates = ["home", "topic", "exercise", "exams", "exam", "exam-student", "exam-key"]

    /// Loads every `*.mustache` file below `folder`; a template that does not parse is an error
    /// that names its file. Each escapes what it prints with `HTMLEscaping` (a pragma of the
    /// template's own, written after the first line, still chooses another content type).
    public init(folder: URL) throws(DiagnosticError) {
        HTMLEscaping.registered
        self.folder = folder.resolvingSymlinksInPath()
        let display = folder.path
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        let (languages, problems) = Labels.load(folder: self.folder, display: display)
        let english = languages["en"].map { Set($0.words.keys) }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: self.folder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = self.folder.appendingPathComponent(name)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            do {
                library.register(try MustacheTemplate(string: HTMLEscaping.pragma + text), named: String(name.dropLast(".mustache".count)))
                if let english { diagnostics += Self.unknownLabels(in: text, file: "\(display)/\(name)", known: english) }
            } catch {
                diagnostics.append(Self.diagnostic(for: error, in: "\(display)/\(name)"))
            }
        }
        for name in Self.requiredTemplates where !names.contains("\(name).mustache") {
            diagnostics.append(.error(at: SourceLocation(file: "\(display)/\(name).mustache", line: 1),
                                      "the theme has no `\(name).mustache`; copy it from the default Templates/ folder"))
        }
        diagnostics += problems
        guard diagnostics.isEmpty else { throw DiagnosticError(stage: .render, diagnostics: diagnostics) }
        self.library = library
        self.languages = languages
    }

    /// Renders a page, whose words every view inside it answers for (`PageWords`).
    func render(_ template: String, page: PageView) -> String {
        PageWords.$current.withValue(page.labels) { library.render(page.boxed, withTemplate: template) ?? "" }
    }

    /// The theme's static files (stylesheets, fonts), as files for an output folder under `assets/`.
    func assets(for destination: OutputFile.Destination) -> [OutputFile] {
        let root = folder.appendingPathComponent("assets")
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            var isFolder: ObjCBool = false
            let url = root.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                  let data = FileManager.default.contents(atPath: url.path) else { return nil }
            return OutputFile(destination, "assets/\(name)", data)
        }
    }
}
