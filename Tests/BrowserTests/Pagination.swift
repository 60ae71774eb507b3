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
    /// A heading of the HTML that was not found in the PDF (so nothing about it could be checked).
    case notFound(String)

    var description: String {
        switch self {
        case .orphanedHeading(let heading, let page): "“\(heading)” ends page \(page): nothing of its body follows it there"
        case .splitStem(let exercise, let page, let part): "the stem of “\(exercise)” starts on page \(page), its first part on page \(part)"
        case .nearlyEmpty(let page, let fill): "page \(page) is \(Int((fill * 100).rounded())) % full"
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
        var cursor = 0
        /// Finds `heading` at or after the cursor: the indices of its first and last word.
        func locate(_ heading: String) -> (first: Int, last: Int)? {
            let target = squeezed(heading)
            guard !target.isEmpty else { return nil }
            var start = cursor
            while start < pages.words.count {
                var joined = "", end = start
                while end < pages.words.count, joined.count < target.count {
                    joined += squeezed(pages.words[end].text)
                    end += 1
                }
                if joined == target {
                    cursor = end
                    return (start, end - 1)
                }
                start += 1
            }
            return nil
        }
        /// The page of `heading`'s first word, after checking that something of its body follows it on its page.
        func place(_ heading: String) -> Int? {
            guard let (first, last) = locate(heading) else {
                defects.append(.notFound(heading))
                return nil
            }
            let page = pages.words[last].page
            if last + 1 < pages.words.count, pages.words[last + 1].page != page {
                defects.append(.orphanedHeading(heading, page: page))
            }
            return pages.words[first].page
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
        for (index, fill) in pages.fill.enumerated().dropLast() where fill < minimumFill {
            defects.append(.nearlyEmpty(page: index + 1, fill: fill))
        }
        return defects
    }

    /// Text without white space, for comparing a heading with the words pdftotext found.
    static func squeezed(_ text: String) -> String {
        String(PDFText.normalize(text).filter { !$0.isWhitespace })
    }
}
