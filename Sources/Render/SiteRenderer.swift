import Bank
import Foundation

/// Stage 4, render: every page of the public site and every private exam document, as files.
public struct SiteRenderer: Sendable {
    public var theme: Theme
    public var exercises: ExerciseRenderer

    public init(theme: Theme, exercises: ExerciseRenderer = ExerciseRenderer()) {
        self.theme = theme
        self.exercises = exercises
    }

    /// Markdown → HTML for every exercise, in parallel; warnings located in the bank files.
    public func renderExercises(of bank: Bank) async -> (exercises: [String: RenderedExercise], warnings: [Diagnostic]) {
        let results = await bank.exercises.concurrentMap { [exercises] in exercises.render($0) }
        let rendered = Dictionary(uniqueKeysWithValues: results.map { ($0.0.exercise.id, $0.0) })
        return (rendered, results.flatMap(\.1))
    }

    /// All files of the public site and the private output, rendered in parallel.
    public func render(_ bank: Bank, exercises rendered: [String: RenderedExercise]) async -> [OutputFile] {
        let pages = PublicSite(bank: bank, rendered: rendered, renderer: exercises).pages()
            + PrivateDocuments(bank: bank, rendered: rendered, renderer: exercises).pages()
        let course = CourseView(bank.course, renderer: exercises)
        let files = await pages.concurrentMap { [theme] page in
            let view = PageView(title: page.title, root: SitePaths.root(of: page.path), course: course,
                                lang: bank.course.language, content: page.content)
            return OutputFile(page.destination, page.path, html: theme.render(page.template, view))
        }
        return files + theme.assets(for: .site) + theme.assets(for: .private)
    }
}

/// A page to render: which template, with what, to where.
struct PageSpec: @unchecked Sendable {
    var destination: OutputFile.Destination
    var path: String
    var template: String
    var title: String
    /// A view-model value (structs only), read by the template.
    var content: Any
}

extension Array where Element: Sendable {
    /// `map` run on all cores, keeping the order of the input.
    func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        await withTaskGroup(of: (Int, T).self) { group in
            for (index, element) in enumerated() {
                group.addTask { (index, transform(element)) }
            }
            var results = [T?](repeating: nil, count: count)
            for await (index, value) in group { results[index] = value }
            return results.map { $0! }
        }
    }
}
