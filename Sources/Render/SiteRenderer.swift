import Bank
import Foundation
import Variants

/// Stage 4, render: every page of the public site and every private exam document, as files.
public struct SiteRenderer: Sendable {
    public var theme: Theme
    public var exercises: ExerciseRenderer
    /// The printed words of the course's language.
    public var labels: Labels

    public init(theme: Theme, labels: Labels, exercises: ExerciseRenderer = ExerciseRenderer()) {
        self.theme = theme
        self.labels = labels
        self.exercises = exercises
    }

    /// Renders every page of the public site and the private output, on all cores, and hands each
    /// file to `output` as soon as it is made: a page's view model is built when the page is
    /// rendered and let go when it is written. `practice` holds pre-generated variants of
    /// parametrized exercises, shown on their pages.
    public func render(_ bank: Bank, exercises rendered: [String: RenderedExercise],
                       editions: [(ExamEdition, [RenderedExercise])],
                       practice: [String: [RenderedExercise]] = [:], into output: some OutputSink) async throws {
        let forms = editions.map(\.0)
        let documents = PrivateDocuments(editions: editions, renderer: exercises, labels: labels)
        let pages = PublicSite(publication: Publication(bank, editions: forms), asWritten: forms.filter { $0.code == nil },
                               rendered: rendered, practice: practice, renderer: exercises, labels: labels).pages()
            + documents.pages()
        try await write(pages, of: bank, into: output)
        for file in documents.files() { try output.write(file) }
        for asset in theme.assets(for: .site) + theme.assets(for: .private) { try output.write(asset) }
    }

    /// The public pages at `paths` alone, for a rebuild that knows every other file is unchanged:
    /// the pages of `bank`'s exercises (the edited ones only), and the home and topic pages,
    /// which list `listings` — every public exercise of the whole bank, in its order.
    public func renderPages(_ paths: Set<String>, of bank: Bank, listings: [ExerciseListing], exercises rendered: [String: RenderedExercise],
                            practice: [String: [RenderedExercise]], into output: some OutputSink) async throws {
        let site = PublicSite(publication: Publication(bank), asWritten: [], rendered: rendered, practice: practice,
                              renderer: exercises, labels: labels, listings: listings)
        try await write(site.pages().filter { paths.contains($0.path) }, of: bank, into: output)
    }

    /// Renders each page on all cores and hands it to `output` as soon as it is made.
    private func write(_ pages: [PageSpec], of bank: Bank, into output: some OutputSink) async throws {
        let course = CourseView(bank.course, renderer: exercises)
        let words = labels.context
        let skeletons = PageSkeletons()
        try await pages.concurrentForEach { [theme] page in
            let content = page.content()
            let view = PageView(title: page.title, root: SitePaths.root(of: page.path), course: course,
                                lang: bank.course.language, labels: words, content: (content as? any TemplateValue)?.boxed ?? content)
            let html = page.repeatsShape ? theme.render(page.template, page: view, skeletons: skeletons) : theme.render(page.template, page: view)
            try output.write(OutputFile(page.destination, page.path, html: html))
        }
    }
}

/// A page to render: which template, with what, to where.
struct PageSpec: @unchecked Sendable {
    var destination: OutputFile.Destination
    var path: String
    var template: String
    var title: String
    /// Whether many pages have the shape of this one (the forms of an exam), so that it is filled
    /// into a skeleton laid out once for them all (`PageSkeleton`) rather than laid out again.
    var repeatsShape = false
    /// The view model (structs only) the template reads, made when the page is rendered.
    var content: () -> Any
}
