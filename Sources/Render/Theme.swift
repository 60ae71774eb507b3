import Bank
import Foundation
import Mustache

/// The templates and static assets of a theme (`Templates/` by default).
public struct Theme: Sendable {
    public var folder: URL
    let library: MustacheLibrary
    /// The printed words of each language the theme ships (`languages/en.yml`, …), by code.
    public let languages: [String: Labels]
    /// Whether every template lays a page out the same way for every page of one shape
    /// (`PageSkeleton.fits`), so that pages which repeat a shape can be filled into a skeleton.
    let laysOutByShape: Bool
    /// The names each template looks up, with those of the partials and parents it includes
    /// (`PageSkeleton.reads`): the fields a page's shape walks.
    let reads: [String: Set<String>]

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
        var laysOutByShape = true
        var direct: [String: (names: Set<String>, templates: Set<String>)] = [:]
        let (languages, problems) = Labels.load(folder: self.folder, display: display)
        let english = languages["en"].map { Set($0.words.keys) }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: self.folder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let url = self.folder.appendingPathComponent(name)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            do {
                library.register(try MustacheTemplate(string: HTMLEscaping.pragma + text), named: String(name.dropLast(".mustache".count)))
                laysOutByShape = laysOutByShape && PageSkeleton.fits(template: text)
                direct[String(name.dropLast(".mustache".count))] = PageSkeleton.reads(template: text)
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
        self.reads = direct.mapValues { Self.names(read: $0, in: direct) }
        // A partial of another name (`{{>*name}}`, or missing) could look up anything.
        self.laysOutByShape = laysOutByShape && direct.values.allSatisfy { $0.templates.allSatisfy { direct[$0] != nil } }
    }

    /// The names a template and every template it includes, and they include, look up.
    private static func names(read template: (names: Set<String>, templates: Set<String>),
                              in all: [String: (names: Set<String>, templates: Set<String>)]) -> Set<String> {
        var names = template.names, seen: Set<String> = [], next = Array(template.templates)
        while let name = next.popLast() {
            guard seen.insert(name).inserted, let included = all[name] else { continue }
            names.formUnion(included.names)
            next += included.templates
        }
        return names
    }

    /// Renders a page, whose words every view inside it answers for (`PageWords`).
    func render(_ template: String, page: PageView) -> String {
        render(template, context: page.boxed, words: page.labels)
    }

    /// Renders a page of a shape that other pages repeat, filled into the skeleton of its shape
    /// in `skeletons`, which it lays out the first time (`PageSkeleton`).
    func render(_ template: String, page: PageView, skeletons: PageSkeletons) -> String {
        guard laysOutByShape, let reads = reads[template], let shape = ViewShape(of: page, reading: reads) else {
            return render(template, page: page)
        }
        let skeleton = skeletons.skeleton(of: template, shape: shape.bytes) { self.skeleton(of: template, for: page, reading: reads) }
        return skeleton?.filled(with: shape.texts) ?? render(template, page: page)
    }

    /// `template` laid out for pages of `page`'s shape: rendered with a mark for every text.
    func skeleton(of template: String, for page: PageView, reading names: Set<String>) -> PageSkeleton? {
        var slots = 0
        let marked = ViewShape.marked(page.boxed, reading: names, next: &slots)
        return PageSkeleton(render(template, context: marked, words: page.labels), slots: slots)
    }

    private func render(_ template: String, context: Any, words: [String: String]) -> String {
        PageWords.$current.withValue(words) { library.render(context, withTemplate: template) ?? "" }
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
