import Testing
@testable import Bank

@Suite struct SuggestionTests {
    let frontMatterKeys = ["id", "title", "topic", "tags", "visibility", "solutions", "source"]

    @Test func suggestsTheKeyATypoMeant() {
        #expect(Suggestion.closest(to: "titel", among: frontMatterKeys) == "title")
        #expect(Suggestion.closest(to: "tpoic", among: frontMatterKeys) == "topic")
        #expect(Suggestion.closest(to: "Visibilty", among: frontMatterKeys) == "visibility")
    }

    @Test func suggestsNothingWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "pionts", among: frontMatterKeys) == nil)
        #expect(Suggestion.closest(to: "title", among: []) == nil)
        #expect(Suggestion.hint(for: "pionts", among: frontMatterKeys) == "")
    }

    @Test func breaksTiesAlphabetically() {
        #expect(Suggestion.closest(to: "cat", among: ["hat", "bat"]) == "bat")
    }

    @Test func countsATranspositionAsOneEdit() {
        #expect(Suggestion.editDistance("topic", "tpoic") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.hint(for: "perceptrn", among: ["perceptron", "dropout"]) == "; did you mean `perceptron`?")
    }
}
