import Foundation
import Testing
@testable import Variants

/// A variant's entry written by `PrettyJSON` is, byte for byte, what `AnswerSheet.encoder` makes
/// of the same entry, with every optional field there and values the encoder writes in its own way.
@Suite struct PrettyJSONTests {
    /// An entry with blanks, options with and without misconceptions and pins, distractors, empty
    /// lists and objects, keys whose byte order is not their alphabetical or numeric order, numbers
    /// with exponents and `-0`, strings with quotes, slashes, control characters and non-ASCII text.
    static let entry = #"""
    {"code": "AB", "fingerprint": "f/00\"9", "points": 7.5, "parts": [
      {"exercise": "x-1", "number": 2, "part": "a", "points": 0.5, "kind": "cloze",
       "parameters": {"h10": 1e-7, "h2": -0.0, "W1": [[1, 2.5], []], "b": [], "a_b": "tanh", "aB": 1e21, "é": 3},
       "values": {},
       "blanks": [{"name": "z", "points": 1, "kind": "numeric",
                   "numeric": {"value": 0.30000000000000004, "printed": "0.3", "minimum": 0.25, "maximum": 0.35,
                               "tolerance": {"kind": "absolute", "amount": 0.05},
                               "distractors": [{"value": 1e-300, "printed": "tiny"}, {"value": 2, "printed": "2", "misconception": "forgot ½"}]}},
                  {"name": "g", "points": 0.5, "kind": "single-choice",
                   "options": [{"letter": "A", "text": "tab\there\nline \u0001 \u001f \b \f \r back\\slash", "correct": true, "pinned": true},
                               {"letter": "B", "text": "😀 $\\sigma$", "correct": false, "misconception": "\"quoted\""}]}]},
      {"exercise": "y", "number": 1, "part": "b", "points": 2, "kind": "numeric", "parameters": {"s": -4}, "values": {"D": 0.75},
       "numeric": {"value": 12345678.9, "printed": "1.2e7", "minimum": 123456789012345678, "maximum": 5e-324,
                   "tolerance": {"kind": "significant-figures", "amount": 3}}},
      {"exercise": "z", "number": 3, "part": "c", "points": 1, "kind": "multiple-choice", "parameters": {}, "values": {},
       "options": []}
    ]}
    """#

    @Test func anEntryIsWhatTheEncoderWrites() throws {
        let variant = try JSONDecoder().decode(AnswerSheet.Variant.self, from: Data(Self.entry.utf8))
        let encoded = try AnswerSheet.encoder.encode(variant)
        let written = try #require(variant.prettyJSON(depth: 0))
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
        #expect(written == [UInt8](encoded))
    }

    @Test func anEntryDeeperInHasEveryNonEmptyLineIndented() throws {
        let variant = try JSONDecoder().decode(AnswerSheet.Variant.self, from: Data(Self.entry.utf8))
        let flat = String(decoding: try #require(variant.prettyJSON(depth: 0)), as: UTF8.self)
        let deep = String(decoding: try #require(variant.prettyJSON(depth: 2)), as: UTF8.self)
        let indented = flat.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
        #expect(deep == indented.joined(separator: "\n"))
    }

    /// The encoder refuses a number that is not finite; so does the writer, and the sheet is then
    /// encoded whole (which fails as it always did).
    @Test func anEntryWithANumberThatIsNotFiniteIsNotWritten() throws {
        var variant = try JSONDecoder().decode(AnswerSheet.Variant.self, from: Data(Self.entry.utf8))
        variant.parts[1].values["D"] = .vector([1, .infinity])
        #expect((try? AnswerSheet.encoder.encode(variant)) == nil)
        #expect(variant.prettyJSON(depth: 0) == nil)
    }
}
