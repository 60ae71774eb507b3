import Testing
import Render

/// The renderer remembers the HTML of each text it has seen; a text spelt with other bytes that
/// Swift calls equal (a precomposed `é` against `e` and a combining accent) is a text of its
/// own, whose HTML keeps its own bytes, whichever spelling was rendered first.
@Suite struct MemoSpellingTests {
    @Test func canonicallyEquivalentSpellingsRenderToTheirOwnBytes() {
        let composed = "Caf\u{E9} au lait", decomposed = "Cafe\u{301} au lait"
        #expect(composed == decomposed, "Swift compares them as equal, which is why the memo must not")
        for order in [[composed, decomposed], [decomposed, composed]] {
            let renderer = ExerciseRenderer()
            let html = order.map { renderer.inline($0) }
            #expect(Array(html[0].utf8) != Array(html[1].utf8))
            for (text, rendered) in zip(order, html) {
                #expect(rendered.utf8.elementsEqual(text.utf8), "the HTML of \(Array(text.unicodeScalars)) is its own text")
            }
        }
    }
}
