import Foundation
import Testing
@testable import Bank

/// The bank's line shapes were regular expressions; `LineScanner` reads them by hand. These tests
/// hold the old patterns as the oracle and compare both on ordinary lines and on the odd ones:
/// other languages' digits and blanks, accents on the brackets, line separators, too many spaces.
@Suite struct LineScannerTests {
    static let headings = [
        "(a) [2 points]", "(b) [1 point] Title", "(c) [1.5 punten]  Met titel ", "(d) [2 Punkte]", "(e) [3 Punkt]",
        "(a) [2 points]", "(a)  [2\u{A0}points]\u{2003}t", "(a) [٣ points]", "(a) [½ points]", "(a) [1. points]",
        "(a) [1.5.5 points]", "(a) [2 pointe\u{301}]", "(a\u{301}) [2 points]", "(A) [2 points]", "(a)[2 points]",
        "(a) [2points]", "(a) [2 points] x\u{2028}y", "(a) [2 points]\u{2028}", "(a) [2 points] \u{301}x", "(a) [2 points]]",
        "(a) [x points]", "(a) [2 pts]", "(a) 1.5 points", "(a)", "(ab) [2 points]", "(a) [0 points]", "(a) [2 points]\r",
        "(a) [10 points] \u{85}", "(z) [2\tpoints]\t\ttitle\t", "(a) [2 point]s", "(a) [2 points ]", "",
    ]

    @Test func partHeadingsReadAsTheirPatternDid() {
        let pattern = /^\(([a-z])\)\s+\[(\d+(?:\.\d+)?)\s+(?:points?|punt(?:en)?|Punkte?)\]\s*(.*)$/
        for text in Self.headings {
            let match = text.wholeMatch(of: pattern)
            let expected = match.flatMap { match in
                Points(String(match.2)).flatMap { $0 > .zero ? (String(match.1), $0, String(match.3)) : nil }
            }
            let header = PartHeader(text)
            #expect(header?.label == expected?.0, "\(text.debugDescription)")
            #expect(header?.points == expected?.1, "\(text.debugDescription)")
            let title = expected.map { $0.2.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            #expect(header?.title == title, "\(text.debugDescription)")
        }
    }

    @Test func looseHeadingsReadAsTheirPatternDid() {
        let pattern = /\(([a-z])\)(?:\s+\[(\S+)\s+(?:points?|punt(?:en)?|Punkte?)\])?/
        for text in Self.headings + ["(a) [two points] x", "(a) [2 x points]", "(b)[2 points]", "(c)  [1,5 punten]"] {
            let match = text.prefixMatch(of: pattern)
            let loose = PartHeader.loose(text)
            #expect(loose?.label == match.map { String($0.1) }, "\(text.debugDescription)")
            #expect(loose?.points.map(String.init) == match?.2.map(String.init), "\(text.debugDescription)")
        }
    }

    static let items = [
        "- [1 point] states the chain rule", "* [2 points] x", "+ [0.5 punt] y", "   - [1 point] three spaces",
        "    - [1 point] four spaces", "-[1 point] no blank", "- [1 point]", "- [1 point]   ", "\u{A0}- [1 point] nbsp",
        "\t- [1 point] tab", "- [٣ points] arabic", "- [1 point]\u{2028}", "- [1 point] a\u{2029}b", "- [1 points]x",
        "- [1 Punkte] z", "- [1.5 points] half", "- [x] option", "- [ ] option", "- [X] upper", "- [y] wrong",
        "- [x]option", "- [x] ", "- [x]  two", "  * [ ] indented", "- [x\u{301}] accent", "- [ ]\u{85}", "",
        "- (a) [1 point] [[3]] ± 0.01", "- (rate_2) [2 points] [x] rises | [ ] falls", "- (a)[1 point] x",
        "- (a) [1 point]x", "- (A) [1 point] x", "- (a-b) [1 point] x", "- (_a) [1 point] x", "- (a١) [1 point] x",
        "-  (long_name9) [1.5 punten]   value", "- (a) [0 points] x", "- (a) [1 point] x\u{2028}",
    ]

    @Test func rubricItemsReadAsTheirPatternDid() {
        let pattern = /^\s{0,3}[-*+]\s+\[(\d+(?:\.\d+)?)\s+(?:points?|punt(?:en)?|Punkte?)\]\s*(.*)$/
        for line in Self.items {
            let match = line.wholeMatch(of: pattern)
            let item = RubricList.item(line[...])
            #expect(item?.points == match?.1, "\(line.debugDescription)")
            #expect(item?.criterion == match?.2, "\(line.debugDescription)")
        }
    }

    @Test func choiceItemsReadAsTheirPatternDid() {
        let pattern = /^(\s{0,3}[-*+]\s+)\[([ xX])\]\s+(.*)$/
        for line in Self.items {
            let match = line.wholeMatch(of: pattern)
            let item = ChoiceLines.item(line[...])
            #expect(item?.bullet == match?.1, "\(line.debugDescription)")
            #expect(item.map { String($0.box) } == match.map { String($0.2) }, "\(line.debugDescription)")
            #expect(item?.text == match?.3, "\(line.debugDescription)")
        }
    }

    @Test func blankItemsReadAsTheirPatternDid() {
        let pattern = /^(\s{0,3}[-*+]\s+\(([a-z][a-z0-9_]*)\)\s+\[(\d+(?:\.\d+)?)\s+(?:points?|punt(?:en)?|Punkte?)\]\s+)(.*)$/
        for line in Self.items {
            let match = line.wholeMatch(of: pattern)
            let item = ClozeBlanks.item(line[...])
            #expect(item?.lead == match?.1, "\(line.debugDescription)")
            #expect(item?.name == match?.2, "\(line.debugDescription)")
            #expect(item?.points == match?.3, "\(line.debugDescription)")
            #expect(item?.answer == match?.4, "\(line.debugDescription)")
        }
    }

    /// Lines are cut at `\n` bytes; a Windows line end is one `Character` but ends a line too.
    @Test func linesEndAtLineFeedsAndWindowsLineEnds() {
        let lines = SourceLines("---\r\nid: a\r\n---\n\nbody é\r\n")
        #expect((1...lines.count).map { String(lines[$0]) } == ["---", "id: a", "---", "", "body é"])
        #expect(lines.join(2..<4) == "id: a\n---")
        #expect(SourceLines("a\nb").join(1..<3) == "a\nb")
        #expect("x\n\n".lineSlices == ["x", "", ""])
    }

    /// A file saved with Windows line ends reads as the same exercise as with Unix ones.
    @Test func windowsLineEndsReadAsUnixOnes() throws {
        let unix = "---\nid: a\ntitle: A\ntopic: t\n---\n\nStem.\n\n## (a) [1 point]\n\nQ?\n\n### Answer\n\nA.\n\n### Rubric\n\n- [1 point] right\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try Exercise.read(unix, path: "a.md").get(), b = try Exercise.read(windows, path: "a.md").get()
        #expect(a == b)
    }
}
