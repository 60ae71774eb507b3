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

    /// Markdown → HTML for the exercises of every printed form of the exams, in parallel.
    public func renderEditions(_ editions: [ExamEdition]) async -> (editions: [(ExamEdition, [RenderedExercise])], warnings: [Diagnostic]) {
        let results = await editions.concurrentMap { [exercises] edition in
            let rendered = edition.exercises.map { exercises.render($0) }
            return (edition, rendered.map(\.0), rendered.flatMap(\.1))
        }
        return (results.map { ($0.0, $0.1) }, results.flatMap(\.2))
    }

    /// All files of the public site and the private output, rendered in parallel. `practice`
    /// holds pre-generated variants of parametrized exercises, shown on their pages.
    public func render(_ bank: Bank, exercises rendered: [String: RenderedExercise],
                       editions: [(ExamEdition, [RenderedExercise])],
                       practice: [String: [RenderedExercise]] = [:]) async -> [OutputFile] {
        let pages = PublicSite(bank: bank, rendered: rendered, practice: practice, renderer: exercises).pages()
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
