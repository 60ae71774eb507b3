import Bank
import Foundation
import Pipeline
@testable import Render
import Testing

/// Templates read view models through `TemplateValue.fields`, not reflection: every stored
/// property of every view a page of the seed bank hands its template must be in the table, or a
/// theme that uses it would silently render nothing.
@Suite struct TemplateFieldsTests {
    @Test func everyStoredPropertyOfEveryViewIsAField() async throws {
        let bank = try BankLoader(root: TestBuild.repository.appendingPathComponent("QuestionBank")).load()
        let computed = try await ComputedBank(bank)
        let renderer = ExerciseRenderer()
        let labels = try Labels.forCourse(bank.course, theme: try Theme(folder: TestBuild.repository.appendingPathComponent("Templates")))
        let rendered = Dictionary(computed.bank.exercises.map { ($0.id, renderer.render($0).0) }, uniquingKeysWith: { a, _ in a })
        let editions = computed.editions.map { edition in (edition, edition.exercises.map { renderer.render($0).0 }) }
        let practice = computed.practice.mapValues { $0.map { renderer.render($0).0 } }
        let pages = PublicSite(publication: Publication(computed.bank, editions: computed.editions),
                               asWritten: computed.editions.filter { $0.code == nil }, rendered: rendered, practice: practice, renderer: renderer, labels: labels).pages()
            + PrivateDocuments(editions: editions, renderer: renderer, labels: labels).pages()
        var checked: Set<String> = []
        for page in pages {
            let course = CourseView(bank.course, renderer: renderer)
            Self.check(PageView(title: page.title, root: "", course: course, lang: "en", labels: labels.context, content: page.content()), into: &checked)
        }
        for type in ["PageView", "CourseView", "TopicView", "ExerciseSummary", "ExerciseView", "PartView", "AnswerSpaceView",
                     "RubricView", "ExamLink", "ExamView", "GradingTableView", "Header", "Cell", "Row",
                     "CompactKeyView", "KeyExercise", "KeyPart"] {
            #expect(checked.contains(type), "no \(type) on any page of the seed bank: the check did not see it")
        }
    }

    /// Compares the fields of `value` (when it is a `TemplateValue`) with its stored properties,
    /// and walks into everything it holds.
    static func check(_ value: Any, into checked: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .collection {
            for child in mirror.children { check(child.value, into: &checked) }
            return
        }
        guard mirror.displayStyle == .struct else { return }
        let labels = Set(mirror.children.compactMap(\.label))
        if let template = value as? any TemplateValue {
            let name = String(describing: type(of: value)).split(separator: ".").last.map(String.init) ?? ""
            if checked.insert(name).inserted {
                #expect(Set(type(of: template).fieldNames) == labels, "\(name): fields and stored properties differ")
            }
        }
        for child in mirror.children { check(child.value, into: &checked) }
    }
}

extension TemplateValue {
    static var fieldNames: [String] { Array(fields.keys) }
}
