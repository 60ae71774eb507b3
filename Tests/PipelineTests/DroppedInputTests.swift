import Bank
import Foundation
import Markup
import Testing
import TeXMath

/// Nothing in the bank is dropped without a word: files with the wrong name, a file where a
/// folder belongs, control characters in TeX.
@Suite struct DroppedInputTests {
    static let exam = "title: E\ncourse: \"1\"\ndate: 2019-01-22\nexercises:\n  - id: a\n"

    func loadErrors(_ files: [String: String]) throws -> [String] {
        let root = try InlineBank.write(files)
        do {
            _ = try BankLoader(root: root, displayBase: root).load()
            return []
        } catch {
            return error.diagnostics.map { $0.description + ($0.hint.map { " (\($0))" } ?? "") }
        }
    }

    @Test func filesWithTheWrongNameAreErrorsNamingTheRightOne() throws {
        let errors = try loadErrors([
            "exercises/a.md": InlineBank.exercise(id: "a"),
            "exercises/b.MD": InlineBank.exercise(id: "b"),
            "exercises/notes.txt": "notes",
            "exams/final.yaml": Self.exam,
            "exams/resit.YML": Self.exam,
        ])
        #expect(errors == [
            "exams/final.yaml:1:1: error: `final.yaml` is not read: exam files end in `.yml` (rename it to `final.yml`)",
            "exams/resit.YML:1:1: error: `resit.YML` is not read: exam files end in `.yml` (rename it to `resit.yml`)",
            "exercises/b.MD:1:1: error: `b.MD` is not read: exercise files end in `.md` (rename it to `b.md`)",
            "exercises/notes.txt:1:1: error: `notes.txt` is not an exercise file: exercises/ holds only `<id>.md` files (rename it to `<id>.md` or move it out of exercises/)",
        ])
    }

    @Test func exercisesBeingAFileIsAnError() throws {
        let errors = try loadErrors(["exercises": "not a folder"])
        #expect(errors == ["exercises:1:1: error: `exercises` is a file, not a folder (make `exercises` a folder holding one `<id>.md` file per exercise)"])
    }

    @Test func controlCharactersInTeXAreRejectedWithALocation() throws {
        let converter = try MathConverter()
        let result = converter.convert("x +\n y\u{07}", display: false)
        #expect(result.warnings.map(\.description) == ["2:3: control character U+0007 in the formula; remove it"])
        #expect(!result.mathML.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let tool = MathLineTool(converter: converter).run("a\u{01}b\nc\n")
        #expect(tool.warnings.map(\.description) == ["1:2: control character U+0001 in the formula; remove it"])
        #expect(tool.lines.count == 2)
    }
}
