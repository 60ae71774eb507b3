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

    /// All files of the public site and the private output, rendered in parallel. `practice`
    /// holds pre-generated variants of parametrized exercises, shown on their pages.
    public func render(_ bank: Bank, exercises rendered: [String: RenderedExercise],
                       editions: [(ExamEdition, [RenderedExercise])],
                       practice: [String: [RenderedExercise]] = [:]) async -> [OutputFile] {
        let pages = PublicSite(publication: Publication(bank, editions: editions.map(\.0)), rendered: rendered, practice: practice, renderer: exercises).pages()
            + PrivateDocuments(editions: editions, renderer: exercises).pages()
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
