import Bank
import Markup

/// What a student copy's cover shows besides title, date and rules, as `cover:` of the exam file
/// asks: the institution, room and seat fields, a signed integrity statement, the page count.
/// A key's cover keeps the institution only: it has no identity fields.
struct CoverView {
    var institution: String?
    var room: Entry?
    var seat: Entry?
    /// The statement the student signs, HTML.
    var integrity: String?
    var signature: Bool
    /// Whether the cover has a statement or a signature line.
    var hasDeclaration: Bool
    /// "This exam has N pages." as CSS `content`, for the cover page's top margin: HTML cannot
    /// know N, the printer's `counter(pages)` does.
    var pageCount: String?

    /// A field of the cover: printed when the exam file gives its value, else left to fill in.
    struct Entry { var printed: String? }

    init(_ cover: CoverOptions, isKey: Bool, renderer: ExerciseRenderer, labels: Labels) {
        institution = cover.institution
        let student = !isKey
        room = student ? cover.room.map { Entry(printed: $0.text) } : nil
        seat = student ? cover.seat.map { Entry(printed: $0.text) } : nil
        integrity = student ? cover.integrity.map { $0.text.map(renderer.inline) ?? HTML.escape(labels["integrityStatement"]) } : nil
        signature = student && cover.signature
        hasDeclaration = integrity != nil || signature
        pageCount = student && cover.pages ? labels.pageCount : nil
    }
}
