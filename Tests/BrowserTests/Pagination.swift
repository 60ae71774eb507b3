import Foundation
import SiteInspection

/// A page-break defect of one printed exam document.
enum PaginationDefect: Hashable, CustomStringConvertible {
    /// A heading with nothing of its body after it on its page (and something after it on the next).
    case orphanedHeading(String, page: Int)
    /// An exercise's stem begins on one page and its first part on a later one.
    case splitStem(exercise: String, page: Int, firstPartPage: Int)
    /// A page, not the document's last, using less than a quarter of its printable height.
    case nearlyEmpty(page: Int, fill: Double)
    /// A rubric item that begins on one page and ends on the next.
    case splitRubricItem(String, from: Int, to: Int)
    /// A heading of the HTML that was not found in the PDF (so nothing about it could be checked).
    case notFound(String)

    var description: String {
        switch self {
        case .orphanedHeading(let heading, let page): "“\(heading)” ends page \(page): nothing of its body follows it there"
        case .splitStem(let exercise, let page, let part): "the stem of “\(exercise)” starts on page \(page), its first part on page \(part)"
        case .nearlyEmpty(let page, let fill): "page \(page) is \(Int((fill * 100).rounded())) % full"
        case .splitRubricItem(let item, let from, let to): "the rubric item “\(item)” starts on page \(from) and ends on page \(to)"
        case .notFound(let heading): "“\(heading)” is not in the PDF"
        }
    }
}

/// Checks a printed exam document against the HTML it was printed from: every heading the HTML
/// has (exercise, part, and the key's “Model answer”/“Rubric” subheadings; the compact key's
/// exercise and part heads) is looked up in the PDF's words in document order.
struct Pagination {
    /// A page that uses less than this share of its printable height is nearly empty.
    static let minimumFill = 0.25

    /// One exercise of the document: its heading, whether it has a stem, and the headings below it.
    struct Exercise {
        var heading: String
        var hasStem: Bool
        /// Part headings and subheadings, in document order; the first part's heading first.
        var headings: [String]
    }

    static func exercises(in html: HTMLElement) -> [Exercise] {
        let full = html.all("article", class: "exercise").map { article in
            Exercise(heading: article.elements.first { $0.name == "h2" }?.text ?? "",
                     hasStem: !article.all("div", class: "stem").isEmpty,
                     headings: article.all("section", class: "part").flatMap { part in
                         part.descendants.filter { ["h3", "h4", "h5"].contains($0.name) }.map(\.text)
                     })
        }
        let compact = html.all("section", class: "compact-exercise").map { section in
            Exercise(heading: section.elements.first { $0.name == "h2" }?.text ?? "", hasStem: false,
                     headings: section.all("p", class: "compact-part-head").map { head in
                         // The label and points head the part; the result after them is its body.
                         head.elements.filter { $0.hasClass("label") || $0.hasClass("points") }.map(\.text).joined(separator: " ")
                     })
        }
        return full + compact
    }

    static func defects(html: HTMLElement, pages: PrintedPages) -> [PaginationDefect] {
        var defects: [PaginationDefect] = []
        var cursor = WordCursor(words: pages.words)
        /// The page of `heading`'s first word, after checking that something of its body follows it on its page.
        func place(_ heading: String) -> Int? {
            guard let found = cursor.find(heading, wholeWords: true) else {
                defects.append(.notFound(heading))
                return nil
            }
            let page = pages.words[found.upperBound].page
            if found.upperBound + 1 < pages.words.count, pages.words[found.upperBound + 1].page != page {
                defects.append(.orphanedHeading(heading, page: page))
            }
            return pages.words[found.lowerBound].page
        }
        for exercise in exercises(in: html) {
            let page = place(exercise.heading)
            for (index, heading) in exercise.headings.enumerated() {
                let headingPage = place(heading)
                if index == 0, exercise.hasStem, let page, let headingPage, headingPage != page {
                    defects.append(.splitStem(exercise: exercise.heading, page: page, firstPartPage: headingPage))
                }
            }
        }
        defects += splitRubricItems(html: html, pages: pages)
        for (index, fill) in pages.fill.enumerated().dropLast() where fill < minimumFill {
            defects.append(.nearlyEmpty(page: index + 1, fill: fill))
        }
        return defects
    }

    /// Rubric items whose first and last words are on different pages. An item is found by three
    /// words of prose at its start and three at its end (math and figures print other text than
    /// their source).
    static func splitRubricItems(html: HTMLElement, pages: PrintedPages) -> [PaginationDefect] {
        // Each list after what precedes it on paper: the key's "Rubric" heading, the compact
        // key's part head; so that an item's points are not taken for a part heading's.
        let lists: [(anchor: String, items: [HTMLElement])] = html.descendants.compactMap { element in
            if element.name == "div", element.hasClass("rubric") {
                return (element.elements.first { $0.name.hasPrefix("h") }?.text ?? "", element.all("li"))
            }
            if element.name == "div", element.hasClass("compact-part"), let list = element.all("ul", class: "compact-rubric").first {
                let head = element.all("p", class: "compact-part-head").first
                let anchor = head?.elements.filter { $0.hasClass("label") || $0.hasClass("points") }.map(\.text).joined(separator: " ")
                return (anchor ?? "", list.all("li"))
            }
            return nil
        }
        var cursor = WordCursor(words: pages.words)
        var defects: [PaginationDefect] = []
        for (anchor, items) in lists {
            guard cursor.find(anchor, wholeWords: true) != nil else {
                defects.append(.notFound(anchor))
                continue
            }
            for item in items {
                let runs = item.proseRuns.map { $0.split(separator: " ").map(String.init) }.filter { $0.count >= 3 }
                // An item of points and math only has no prose to find its end by, and one whose
                // words print otherwise than written (beside math) is not looked for further on:
                // both are left unchecked.
                let head = Self.start(of: item), reach = 2 * squeezed(item.text).utf16.count + 40
                guard let first = cursor.find(head, within: reach), let tail = runs.last?.suffix(3).joined(separator: " "),
                      let last = cursor.find(tail, from: first.lowerBound, within: reach) else { continue }
                let (from, to) = (pages.words[first.lowerBound].page, pages.words[last.upperBound].page)
                if from != to { defects.append(.splitRubricItem("\(head) … \(tail)", from: from, to: to)) }
            }
        }
        return defects
    }

    /// A rubric item's start, as printed: its points and the (up to three) words of prose right
    /// after them, so that the same words elsewhere (in the model answer) are not taken for it.
    static func start(of item: HTMLElement) -> String {
        var words: [String] = []
        for node in item.children {
            switch node {
            case .element(let element) where element.hasClass("rubric-points"): words = [element.text]
            case .text(let text) where !words.isEmpty:
                let prose = PDFText.normalize(text).split(separator: " ").map(String.init)
                return (words + prose.prefix(3)).joined(separator: " ")
            default:
                if !words.isEmpty { return words.joined(separator: " ") }
            }
        }
        return words.joined(separator: " ")
    }

    /// Text without white space, for comparing a heading with the words pdftotext found.
    static func squeezed(_ text: String) -> String {
        String(PDFText.normalize(text).filter { !$0.isWhitespace })
    }
}

/// Reads a PDF's words front to back, finding texts in document order. Texts are compared without
/// white space, so a phrase may start or end inside a word (pdftotext joins prose to the math
/// glyphs beside it).
struct WordCursor {
    let words: [PrintedPages.Word]
    /// Every word without white space, one after the other, and the word each UTF-16 unit is from.
    private let text: NSString
    private let owners: [Int]
    private var offset = 0

    init(words: [PrintedPages.Word]) {
        self.words = words
        var text = "", owners: [Int] = []
        for (index, word) in words.enumerated() {
            let squeezed = Pagination.squeezed(word.text)
            text += squeezed
            owners += Array(repeating: index, count: squeezed.utf16.count)
        }
        self.text = text as NSString
        self.owners = owners
    }

    /// The words holding `text` at or after word `start` (the cursor by default); moves the cursor
    /// past them. With `wholeWords` (for headings), the text must start and end with a word.
    /// `within` bounds how far (in UTF-16 units of text without white space) to look.
    mutating func find(_ text: String, from start: Int? = nil, within: Int? = nil, wholeWords: Bool = false) -> ClosedRange<Int>? {
        let target = Pagination.squeezed(text)
        var from = start.map { word in owners.firstIndex { $0 >= word } ?? owners.count } ?? offset
        let limit = within.map { min(owners.count, from + $0) } ?? owners.count
        guard !target.isEmpty else { return nil }
        while from < limit {
            let found = self.text.range(of: target, range: NSRange(location: from, length: limit - from))
            guard found.location != NSNotFound else { return nil }
            let end = found.location + found.length
            let startsWord = found.location == 0 || owners[found.location - 1] != owners[found.location]
            let endsWord = end == owners.count || owners[end] != owners[end - 1]
            if !wholeWords || (startsWord && endsWord) {
                offset = end
                return owners[found.location]...owners[end - 1]
            }
            from = found.location + 1
        }
        return nil
    }
}
