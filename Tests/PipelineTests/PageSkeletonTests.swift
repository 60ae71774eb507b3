import Bank
import Foundation
import Pipeline
@testable import Render
import Testing
import TestSupport

/// The forms of an exam are filled into a skeleton laid out once per shape (`PageSkeleton`): each
/// must be the page swift-mustache renders from its view, byte for byte, whatever its texts hold.
@Suite struct PageSkeletonTests {
    static let templates = TestBuild.repository.appendingPathComponent("Templates")

    @Test func everyExamDocumentOfTheSeedBankFilledIntoItsSkeletonIsThePageMustacheRenders() async throws {
        let bank = try BankLoader(root: TestBuild.repository.appendingPathComponent("QuestionBank")).load()
        let computed = try await ComputedBank(bank)
        let theme = try Theme(folder: Self.templates)
        let laysOutByShape = theme.laysOutByShape
        #expect(laysOutByShape, "the default theme must lay its exam documents out from skeletons")
        let labels = try Labels.forCourse(bank.course, theme: theme)
        let renderer = ExerciseRenderer()
        let editions = computed.editions.map { edition in (edition, edition.exercises.map { renderer.render($0).0 }) }
        let rendered = Dictionary(computed.bank.exercises.map { ($0.id, renderer.render($0).0) }, uniquingKeysWith: { a, _ in a })
        let practice = computed.practice.mapValues { $0.map { renderer.render($0).0 } }
        let site = PublicSite(publication: Publication(computed.bank, editions: computed.editions),
                              asWritten: computed.editions.filter { $0.code == nil }, rendered: rendered, practice: practice,
                              renderer: renderer, labels: labels).pages()
        let pages = (site + PrivateDocuments(editions: editions, renderer: renderer, labels: labels).pages()).filter(\.repeatsShape)
        #expect(pages.contains { $0.template == "exercise" } && pages.contains { $0.template == "exam-key" })
        let course = CourseView(bank.course, renderer: renderer)
        let skeletons = PageSkeletons()
        var shapes: Set<[UInt8]> = []
        for page in pages {
            let content = page.content()
            let view = PageView(title: page.title, root: "../../", course: course, lang: "en", labels: labels.context,
                                content: (content as? any TemplateValue)?.boxed ?? content)
            let reads = try #require(theme.reads[page.template])
            let shape = try #require(ViewShape(of: view, reading: reads), "\(page.path): a field the skeleton cannot stand for")
            shapes.insert(shape.bytes)
            let skeleton = try #require(theme.skeleton(of: page.template, for: view, reading: reads), "\(page.path): no skeleton")
            let rendered = theme.render(page.template, page: view)
            #expect(skeleton.filled(with: shape.texts) == rendered, "\(page.path): the skeleton's page differs")
            #expect(theme.render(page.template, page: view, skeletons: skeletons) == rendered, "\(page.path): the shared skeleton's page differs")
        }
        #expect(pages.count > 150)
        #expect(shapes.count < pages.count, "no two forms share a shape: no skeleton was filled with another form's texts")
    }

    /// Texts that escape, texts that look like the marks, newlines, lists, nil fields and flags.
    @Test func aSkeletonFilledWithOtherTextsIsThePageThoseTextsRender() throws {
        let theme = try Self.theme(["card": """
            {{#content}}<h1 title="{{title}}">{{title}}</h1>{{{html}}}{{#note}}<p>{{.}}</p>{{/note}}{{^note}}<p>none</p>{{/note}}
            {{#empty(note)}}(empty){{/empty(note)}}{{#first(items)}}[{{label}}]{{/first(items)}}{{count(items)}}
            {{#items}}<li data-n="{{number}}">{{label}} {{#flag}}on{{/flag}}{{labels.exercise}}</li>{{/items}}{{^items}}empty{{/items}}{{/content}}
            """])
        let labels = ["exercise": "Wort & so"]
        let pages = [
            Card(title: "A & B <c> \"d\" 'e'", html: "<em>x</em>\n", note: "n\u{E000}0&\u{E001}", items: [.init(label: "one", number: 1, flag: true)]),
            Card(title: "\u{E000}1&amp;\u{E001}", html: "&amp;", note: "</p>", items: [.init(label: "<two>", number: -2, flag: true)]),
            Card(title: "t", html: "h", note: "n", items: [.init(label: "three", number: 3, flag: true)]),
        ]
        let skeletons = PageSkeletons()
        for card in pages {
            let view = try Self.page(card, labels: labels)
            #expect(theme.render("card", page: view, skeletons: skeletons) == theme.render("card", page: view))
        }
        let reads = try #require(theme.reads["card"])
        let shapes = Set(try pages.map { try #require(ViewShape(of: $0, reading: reads)).bytes })
        #expect(shapes.count == 1, "the three cards differ only in their texts")
        var other = pages[0]
        other.note = nil
        #expect(!shapes.contains(try #require(ViewShape(of: other, reading: reads)).bytes), "a nil field changes the shape")
        other.note = ""
        #expect(!shapes.contains(try #require(ViewShape(of: other, reading: reads)).bytes), "an empty text changes the shape")
        var unread = pages[0]
        unread.unread = [1, 2, 3]
        #expect(shapes.contains(try #require(ViewShape(of: unread, reading: reads)).bytes), "a field no template reads is not walked")
        let empty = try Self.page(other, labels: labels)
        #expect(theme.render("card", page: empty, skeletons: skeletons) == theme.render("card", page: empty))
    }

    @Test func aThemeThatPrintsTextsAnyOtherWayIsLaidOutPageByPage() throws {
        #expect(PageSkeleton.fits(template: "<p>{{title}}</p>{{{html}}}\n{{> part}}\n"))
        #expect(PageSkeleton.fits(template: "{{^empty(list)}}{{count(list)}}{{/empty(list)}}{{#first(list)}}{{.}}{{/first(list)}}{{! a (comment) }}"))
        #expect(!PageSkeleton.fits(template: "<p>{{uppercased(title)}}</p>"), "a transform changes the mark")
        #expect(!PageSkeleton.fits(template: "{{#sorted(list)}}{{.}}{{/sorted(list)}}"), "marks sort unlike their texts")
        #expect(!PageSkeleton.fits(template: "{{#first(reversed(list))}}{{.}}{{/first(reversed(list))}}"), "reversed may be a text's")
        #expect(!PageSkeleton.fits(template: "{{=<% %>=}}<p><% title %></p>"), "other delimiters")
        #expect(!PageSkeleton.fits(template: "<ul>\n  {{> item}}\n</ul>"), "an indented partial")
        #expect(!PageSkeleton.fits(template: "<p>\u{E000}</p>"), "a mark's character in the template")
        let theme = try Self.theme(["card": "<p>{{#content}}{{reversed(title)}}{{/content}}</p>"])
        let laysOutByShape = theme.laysOutByShape
        #expect(!laysOutByShape)
        let view = try Self.page(Card(title: "abc", html: "", note: nil, items: []), labels: [:])
        #expect(theme.render("card", page: view, skeletons: PageSkeletons()) == "<p>cba</p>")
    }

    @Test func aTemplateReadsTheNamesOfItsTagsAndOfWhatItIncludes() throws {
        let reads = PageSkeleton.reads(template: "{{#a.b}}{{{c}}}{{^empty(d)}}{{/empty(d)}}{{> part}}{{<layout}}{{$block}}x{{/block}}{{/layout}}{{! e }}{{&f}}{{.}}")
        #expect(reads.names == ["a", "b", "c", "empty", "d", "f"])
        #expect(reads.templates == ["part", "layout"])
        let theme = try Self.theme(["card": "{{#content}}{{> card-part}}{{/content}}", "card-part": "{{title}}{{> card-leaf}}", "card-leaf": "{{html}}"])
        let names = try #require(theme.reads["card"])
        #expect(names.isSuperset(of: ["content", "title", "html"]) && !names.contains("items"), "\(names)")
        let laysOut = try Self.theme(["card": "{{#content}}{{> missing-part}}{{/content}}"]).laysOutByShape
        #expect(!laysOut, "a partial the theme does not have could read anything")
    }

    @Test func aMarkPrintedOnlyInPartIsNoSkeleton() {
        #expect(PageSkeleton("<p>\u{E000}0&\u{E001}</p>", slots: 1)?.filled(with: ["<x>"]) == "<p><x></p>")
        #expect(PageSkeleton("<p>\u{E000}0&amp;\u{E001}</p>", slots: 1)?.filled(with: ["<x>"]) == "<p>&lt;x&gt;</p>")
        #expect(PageSkeleton("<p>é\u{E001}</p>", slots: 0)?.filled(with: []) == "<p>é\u{E001}</p>")
        #expect(PageSkeleton("<p>\u{E000}0\u{E001}</p>", slots: 1) == nil, "no ampersand")
        #expect(PageSkeleton("<p>\u{E000}0&</p>", slots: 1) == nil, "no end")
        #expect(PageSkeleton("<p>\u{E000}1&\u{E001}</p>", slots: 1) == nil, "no such slot")
        #expect(PageSkeleton("<p>\u{E000}&\u{E001}</p>", slots: 1) == nil, "no number")
        #expect(PageSkeleton("<p>\u{E000}99999999999999999999&\u{E001}</p>", slots: 1) == nil, "a number too long")
    }

    /// The default theme with `templates` added or replaced.
    static func theme(_ templates: [String: String]) throws -> Theme {
        let folder = try TemporaryFolder("skeleton-theme")
        let theme = folder.url("Templates")
        try FileManager.default.copyItem(at: Self.templates, to: theme)
        for (name, text) in templates { try folder.write(text, to: "Templates/\(name).mustache") }
        return try Theme(folder: theme)
    }

    static func page(_ content: some TemplateValue, labels: [String: String]) throws -> PageView {
        let course = try JSONDecoder().decode(Course.self, from: Data(#"{"title": "C", "code": "1", "topics": []}"#.utf8))
        return PageView(title: "t", root: "", course: CourseView(course, renderer: ExerciseRenderer()), lang: "en", labels: labels,
                        content: content.boxed)
    }
}

private struct Card: TemplateValue {
    var title: String
    var html: String
    var note: String?
    var items: [Item]
    var unread: [Int] = []

    struct Item: TemplateValue {
        var label: String
        var number: Int
        var flag: Bool
        static let fields: [String: Field] = ["label": { $0.label }, "number": { $0.number }, "flag": { $0.flag }]
    }

    static let fields: [String: Field] = ["title": { $0.title }, "html": { $0.html }, "note": { $0.note }, "items": boxed { $0.items },
                                          "unread": { $0.unread }]
}
