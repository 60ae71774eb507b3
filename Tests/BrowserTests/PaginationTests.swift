import Foundation
import Printing
import SiteInspection
import Testing
import TestSupport

/// Page breaks of every printed exam document, read back from the PDF with `pdftotext -bbox`: no
/// heading ends a page, an exercise's stem is on the page of its first part, and no page but a
/// document's last is less than a quarter full.
@Suite(.serialized, .timeLimit(.minutes(30))) struct PaginationTests {
    /// Each seed exam as written and one variant (the 2019 exam: two); every variant is printed
    /// from the same templates, so one stands for the others.
    @Test func everyDocumentOfTheSeedBankBreaksWell() async throws {
        let seed = try await PrintedSeed.shared.value
        let printer = try Tools.printer(for: seed.built)
        var report = try await Self.check(printer.documents(of: Built.seedExam), of: seed.built)
        for exam in printer.availableExams() where exam != Built.seedExam {
            try await printer.print(exam, variants: ["A"])
            for (path, pages) in try await Self.check(printer.documents(of: exam, variants: ["A"]), of: seed.built) {
                report["\(exam)/\(path)"] = pages
            }
        }
        #expect(report.count >= 15, "\(report.count) documents checked")
    }

    /// A bank shaped to break pages badly: long stems and answers, many figures, formulas, long
    /// rubric lists, many short parts, answer space.
    @Test func everyDocumentOfTheStressBankBreaksWell() async throws {
        let built = try await Built.make(bank: StressBank.write())
        let printer = try Tools.printer(for: built)
        try await printer.print(StressBank.exam)
        let report = try await Self.check(printer.documents(of: StressBank.exam), of: built)
        #expect(report.count == 6, "the exam as written and variant A: student copy, key and compact key each")
        let key = try #require(report["key.html"])
        #expect(key > 8, "the stress key is long (\(key) pages), so that it has pages to break")
    }

    /// The check finds each defect in a document made to have them: a heading forced to the foot
    /// of page 1, its stem and first part pushed to page 2, page 2 ended after a few lines, and a
    /// rubric item broken from page 3 to page 4.
    @Test func theCheckFindsEachDefectOfADocumentMadeToHaveThem() async throws {
        let folder = Scratch.url("sitegen-pagination")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let css = Built.repository.appendingPathComponent("Templates/assets/print.css").absoluteString
        let html = folder.appendingPathComponent("defects.html"), pdf = folder.appendingPathComponent("defects.pdf")
        try """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>defects</title>
            <link rel="stylesheet" href="\(css)"></head><body class="print student">
            <div style="height: 235mm"></div>
            <article class="exercise"><h2>Exercise 1. Left alone</h2>
            <div class="stem" style="break-before: page"><p>The stem of the first exercise, forced onto the next page.</p></div>
            <section class="part"><h3 class="part-heading">(a) [1 point]</h3><div class="question"><p>A short question.</p></div></section>
            </article>
            <div style="break-after: page"></div>
            <article class="exercise"><h2>Exercise 2. Well placed</h2><div class="stem"><p>Its stem.</p></div>
            <section class="part"><h3 class="part-heading">(a) [2 points]</h3><div class="question"><p>Its question.</p></div>
            <div class="rubric"><h4>Rubric</h4><ul><li><span class="rubric-points">[2 points]</span> The first words of an item
            <span style="display: block; break-before: page">and its last words here</span></li></ul></div></section>
            </article></body></html>
            """.write(to: html, atomically: true, encoding: .utf8)
        try await Tools.chromium().printToPDF(html, to: pdf)
        let pages = try await PrintedPages.read(pdf)
        #expect(pages.pageCount == 4)
        let defects = Pagination.defects(html: try HTMLParser.parse(contentsOf: html), pages: pages)
        let nearlyEmpty = defects.compactMap { defect -> Int? in if case .nearlyEmpty(let page, _) = defect { page } else { nil } }
        let others = defects.filter { defect in if case .nearlyEmpty = defect { false } else { true } }
        let expected: [PaginationDefect] = [.orphanedHeading("Exercise 1. Left alone", page: 1),
                                            .splitStem(exercise: "Exercise 1. Left alone", page: 1, firstPartPage: 2),
                                            .splitRubricItem("[2 points] The first words … last words here", from: 3, to: 4)]
        #expect(others == expected, "\(defects)")
        #expect(nearlyEmpty == [2, 3], "\(defects)")
    }

    // MARK: - helpers

    /// Checks each document's PDF against its HTML, recording every defect as an issue; returns
    /// the page count of each document (by its path below the exam folder). With
    /// `PAGINATION_PDFS=<folder>` the PDFs are kept there, to look at.
    static func check(_ documents: [ExamPrinter.Document], of built: Built) async throws -> [String: Int] {
        var pageCounts: [String: Int] = [:]
        let keep = ProcessInfo.processInfo.environment["PAGINATION_PDFS"].map { URL(fileURLWithPath: $0) }
        for document in documents {
            if let keep {
                try FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
                let copy = keep.appendingPathComponent("\(document.exam)-\(document.pdf.lastPathComponent)")
                try? FileManager.default.removeItem(at: copy)
                try FileManager.default.copyItem(at: document.pdf, to: copy)
            }
            let pages = try await PrintedPages.read(document.pdf)
            let html = try HTMLParser.parse(contentsOf: document.html)
            #expect(!Pagination.exercises(in: html).isEmpty, "\(document.exam)/\(document.path): no exercise found")
            for defect in Pagination.defects(html: html, pages: pages) {
                Issue.record("\(document.exam)/\(document.path) (\(pages.pageCount) pages): \(defect)")
            }
            pageCounts[document.path] = pages.pageCount
            print("pagination: \(document.exam)/\(document.path): \(pages.pageCount) pages, fill \(pages.fill.map { "\(Int(($0 * 100).rounded()))" }.joined(separator: " "))")
        }
        return pageCounts
    }
}
