import Foundation
import Testing
@testable import Bank

/// Loading reads ASCII text by its bytes: front matter values, heading text and line ends. Each
/// byte reader must give what the character (or Foundation) reading it stands in for gives, on
/// ordinary text and on the odd cases: quotes, brackets, tabs, carriage returns, empty values.
@Suite struct ByteReadersTests {
    static let values = [
        "", " ", "a", "A", "z9", "word", "two words", "trailing ", " leading", "\"quoted\"", "'single'", "\"\"", "''",
        "\"", "'", "\"open", "open\"", "\"a \\ b\"", "'a \\ b'", "\"a \"b\" c\"", "'it''s'", "'mixed\"", "\"with: colon\"",
        "plain: colon", "hash # sign", "a[1]", "b{c}", "comma, here", "quote\"inside", "apostrophe's", "yes", "No", "TRUE",
        "null", "y", "n", "off", "On", "9lives", "-dash", "_under", "tab\there", "bell\u{07}", "del\u{7F}", "cr\r", "~tilde",
        "Optimization: loss computation (Q00001)", "Synthetic benchmark corpus, q00001.md", "batchnorm",
    ]

    @Test func asciiScalarsReadAsTheirCharactersDo() {
        for value in Self.values {
            for inFlow in [false, true] {
                #expect(SimpleFrontMatter.Value.asciiScalar(value, inFlow: inFlow)
                        == SimpleFrontMatter.Value.characterScalar(value, inFlow: inFlow), "\(value.debugDescription), in flow: \(inFlow)")
            }
        }
    }

    @Test func headingTextIsTrimmedAsFoundationTrimsIt() {
        for text in ["", " ", "\t", "  Setting", "Setting  ", "\tTabbed\t", " Two words \t ", "x", "a\r", " \r ", "\u{0B}v\u{0B}", "a \u{0C}"] {
            let line = Substring(text)
            #expect(line.trimmingSpacesAndTabs == line.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
        #expect(Substring(" é ").trimmingSpacesAndTabs == nil)
    }

    @Test func linesAreCutWhereSplittingCutsThem() {
        for text in ["", "\n", "\n\n", "one", "one\n", "\none", "a\nb\nc", "a\n\nb\n", "é\nü\n\n€", "tab\t\n \n"] {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(text.lineSlices == expected, "\(text.debugDescription)")
            let inner = text.dropFirst()
            #expect(inner.lineSlices == inner.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription) less its first")
        }
        #expect("a\r\nb".lineSlices == ["a\r", "b"])
    }
}
