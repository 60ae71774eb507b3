import Bank
import Foundation
import Mustache
@testable import Render
import Testing

/// The theme's `{{name}}` escaping (`HTMLEscaping`): swift-mustache's own bytes for every text it
/// escapes right, the quote it let through escaped too, and a template's mistakes still reported
/// at the line the author wrote them on, below the pragma the theme puts first.
@Suite struct HTMLEscapingTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")

    /// swift-mustache's own escaping, the oracle for texts without combining marks.
    static func mustacheEscaped(_ text: String) throws -> String {
        try MustacheTemplate(string: "{{text}}").render(["text": text])
    }

    @Test(arguments: [
        "", "plain words", "<script>alert('x')</script>", "a & b", #"say "hi""#, "1 < 2 > 0", "&amp; stays escaped once more",
        "Größe ≤ 3 — naïve 日本語 😀", "tab\tnew\nline", "'''\"\"\"<<<>>>&&&", "x<y", "<", "&",
    ])
    func writesWhatSwiftMustacheWrites(text: String) throws {
        #expect(HTMLEscaping.escaped(text) == (try Self.mustacheEscaped(text)))
    }

    @Test func escapesAQuoteThatACombiningMarkFollows() throws {
        let text = "a\"\u{301} onmouseover=\"alert(1)"
        #expect(try Self.mustacheEscaped(text).contains("\"\u{301}"), "swift-mustache no longer lets it through: this test can go")
        #expect(HTMLEscaping.escaped(text) == "a&quot;\u{301} onmouseover=&quot;alert(1)")
    }

    @Test func aThemesTemplatesEscapeThisWay() throws {
        let template = HTMLEscaping.template("<p title=\"{{text}}\">{{text}}</p>")
        #expect(template.render(["text": "\"\u{301}<b>"]) == "<p title=\"&quot;\u{301}&lt;b&gt;\">&quot;\u{301}&lt;b&gt;</p>")
    }

    /// A template that does not parse is reported at its own line and column.
    @Test func aTemplateErrorIsAtTheLineTheAuthorWrote() throws {
        let theme = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-theme-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.templates, to: theme)
        defer { try? FileManager.default.removeItem(at: theme) }
        try "<h1>{{title}}</h1>\n<ul>\n{{#exercises}}<li>{{title}}</li>{{/items}}\n</ul>\n"
            .write(to: theme.appendingPathComponent("topic.mustache"), atomically: true, encoding: .utf8)
        do {
            _ = try Theme(folder: theme)
            Issue.record("a template with an unclosed section loaded")
        } catch {
            let diagnostic = try #require((error as? DiagnosticError)?.diagnostics.first)
            #expect(diagnostic.location?.file.hasSuffix("/topic.mustache") == true)
            #expect(diagnostic.message == "this `{{/…}}` does not close the section opened last")
            #expect(diagnostic.location?.line == 3, "\(diagnostic)")
            #expect(diagnostic.location?.column == 36, "\(diagnostic)")
        }
    }
}
