import Bank
import Foundation
import Yams

/// Every word of the site's pages and the printed exam documents, in the course's language: a
/// theme's `languages/<code>.yml` with the course's `labels:` laid over it. Templates read the
/// words as `{{labels.exercise}}`; `assets/search.js` reads its own from the page's `data-label-*`.
public struct Labels: Sendable {
    /// Single words and phrases by key (`exercise`, `studentNumber`, …).
    public private(set) var words: [String: String]
    /// Month names, January first, as dates print them.
    var months: [String]
    /// Weekday names, Monday first.
    var weekdays: [String]

    /// The keys every language file has: those of the theme's English file.
    static let listKeys: Set<String> = ["months", "weekdays"]

    init(words: [String: String], months: [String], weekdays: [String]) {
        self.words = words
        self.months = months
        self.weekdays = weekdays
    }

    subscript(key: String) -> String { words[key] ?? key }

    /// "1 point", "2 points", "1.5 points".
    public func points(_ points: Points) -> String {
        "\(points) " + (points == Points(1) ? self["point"] : self["points"])
    }

    /// "1 exercise", "3 exercises": `count` in the text of `one` or of `many` (`{n} exercises`).
    public func counted(_ count: Int, one: String, many: String) -> String {
        self[count == 1 ? one : many].filling(["n": String(count)])
    }

    /// The date as the language writes it (`dateFormat`: `{weekday}`, `{day}`, `{month}`, `{year}`).
    public func date(_ date: ExamDate) -> String {
        self["dateFormat"].filling(["weekday": weekdays[date.weekdayNumber - 1], "day": String(date.day),
                                    "month": months[date.month - 1], "year": String(date.year)])
    }

    /// The page footer as CSS `content` (`page {page} of {pages}` → `"page " counter(page) …`).
    var pageFooter: String { cssContent(self["page"]) }

    /// The cover's "This exam has {pages} pages." as CSS `content`: only the printer knows the count.
    var pageCount: String { cssContent(self["pageCount"]) }

    /// A text with `{page}` and `{pages}` as a CSS `content` value of strings and page counters.
    private func cssContent(_ text: String) -> String {
        var values: [String] = []
        for (index, piece) in text.split(separator: "{", omittingEmptySubsequences: false).enumerated() {
            var text = piece
            if index > 0, let close = piece.firstIndex(of: "}") {
                values.append(piece[..<close] == "pages" ? "counter(pages)" : "counter(page)")
                text = piece[piece.index(after: close)...]
            }
            if !text.isEmpty { values.append(CSS.string(String(text))) }
        }
        return values.joined(separator: " ")
    }

    /// The context templates see.
    var context: [String: String] { words }
}
