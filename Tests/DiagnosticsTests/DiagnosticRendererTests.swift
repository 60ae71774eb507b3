import Diagnostics
import Testing

/// The one renderer: the source line with a caret, hints and notes, counts in words, colour only
/// when asked for.
@Suite struct DiagnosticRendererTests {
    static let file = "QuestionBank/exercises/chain-rule.md"
    static let text = "---\ntitle: Chain rule\npionts: 3\n\ttopic: calculus\n"
    let renderer = DiagnosticRenderer(source: { $0 == DiagnosticRendererTests.file ? DiagnosticRendererTests.text : nil })

    @Test func showsTheOffendingLineWithACaretUnderTheColumn() {
        let diagnostic = Diagnostic.error(at: SourceLocation(file: Self.file, line: 3, column: 3), "unknown key `pionts`",
                                          hint: "did you mean `points`?")
        #expect(renderer.render(diagnostic) == """
            QuestionBank/exercises/chain-rule.md:3:3: error: unknown key `pionts`
             3 | pionts: 3
               |   ^
              hint: did you mean `points`?
            """)
    }

    @Test func aTabBeforeTheColumnStaysATabUnderIt() {
        let diagnostic = Diagnostic.warning(at: SourceLocation(file: Self.file, line: 4, column: 2), "indented with a tab")
        #expect(renderer.render(diagnostic).split(separator: "\n").last == "   | \t^")
    }

    @Test func aFindingWithoutAPlaceIsSpokenByTheProgram() {
        let diagnostic = Diagnostic.error(.serve, "port 8000 is in use: try `--port 8001`")
        #expect(renderer.render(diagnostic) == "sitegen: error: port 8000 is in use: try `--port 8001`")
    }

    @Test func aMissingFileOrLineGivesNoExcerpt() {
        #expect(renderer.render(.error(at: SourceLocation(file: "gone.md", line: 2), "x")) == "gone.md:2:1: error: x")
        #expect(renderer.render(.error(at: SourceLocation(file: Self.file, line: 40), "x")) == "\(Self.file):40:1: error: x")
        #expect(renderer.render(.error(at: SourceLocation(file: "site/index.html"), "broken link to `a.html`"))
                == "site/index.html: error: broken link to `a.html`")
    }

    @Test func notesFollowTheHint() {
        let diagnostic = Diagnostic.error(.print, "`pdfinfo` stopped with exit status 1", notes: ["Syntax Error", "bad xref"])
        #expect(renderer.render(diagnostic) == """
            sitegen: error: `pdfinfo` stopped with exit status 1
              note: Syntax Error
              note: bad xref
            """)
    }

    @Test func countsInWords() {
        let one = DiagnosticError(stage: .load, diagnostics: [.error(at: nil, "a")])
        #expect(renderer.summary(of: one) == "sitegen: build failed with 1 error while reading the bank")
        let mixed = DiagnosticError(stage: .compute, diagnostics: [.error(at: nil, "a"), .error(at: nil, "b"), .warning(at: nil, "c")])
        #expect(renderer.summary(of: mixed, command: "check") == "sitegen: check failed with 2 errors and 1 warning while computing the answers")
        let strict = DiagnosticError(stage: .render, diagnostics: [.warning(at: nil, "c")])
        #expect(renderer.summary(of: strict) == "sitegen: build failed: --strict counts the warning as an error")
        let strictMany = DiagnosticError(stage: .render, diagnostics: [.warning(at: nil, "c"), .warning(at: nil, "d")])
        #expect(renderer.summary(of: strictMany) == "sitegen: build failed: --strict counts the 2 warnings as errors")
        #expect(String(counting: 1, "exam") == "1 exam")
        #expect(String(counting: 0, "exam") == "0 exams")
        #expect(String(counting: 2, "match", "matches") == "2 matches")
    }

    @Test func coloursTheSeverityAndTheCaretOnlyWhenAsked() {
        var coloured = renderer
        coloured.colour = true
        let diagnostic = Diagnostic.error(at: SourceLocation(file: Self.file, line: 3, column: 1), "unknown key `pionts`")
        let lines = coloured.render(diagnostic).split(separator: "\n")
        #expect(lines[0] == "\(Self.file):3:1: \u{1B}[1;31merror:\u{1B}[0m unknown key `pionts`")
        #expect(lines[2].hasSuffix("\u{1B}[1;31m^\u{1B}[0m"))
        #expect(!renderer.render(diagnostic).contains("\u{1B}"))
        let warning = coloured.render(.warning(at: nil, "w"))
        #expect(warning == "sitegen: \u{1B}[1;33mwarning:\u{1B}[0m w")
    }

    @Test func errorsListInReadingOrder() {
        let error = DiagnosticError(stage: .load, diagnostics: [
            .warning(at: SourceLocation(file: "b.md", line: 1), "w"),
            .error(at: SourceLocation(file: "a.md", line: 9), "e2"),
            .error(at: SourceLocation(file: "a.md", line: 2), "e1"),
            .error(.load, "no course"),
        ])
        #expect(error.diagnostics.map(\.message) == ["no course", "e1", "e2", "w"])
        #expect(error.description.hasSuffix("\nsitegen: build failed with 3 errors and 1 warning while reading the bank"))
    }

    @Test func longLinesAreCut() {
        let long = String(repeating: "x", count: 400)
        let renderer = DiagnosticRenderer(source: { _ in long })
        let line = renderer.render(.error(at: SourceLocation(file: "f", line: 1), "x")).split(separator: "\n")[1]
        #expect(line.count == " 1 | ".count + DiagnosticRenderer.widest + 1)
    }
}
