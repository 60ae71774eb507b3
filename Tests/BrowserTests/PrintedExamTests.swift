import Foundation
import Printing
import SiteInspection
import Testing

/// The 2019 exam printed by headless Chromium, read back with pdftotext.
@Suite(.serialized, .timeLimit(.minutes(30))) struct PrintedExamTests {
    static let header = "201800177 · Deep Learning - From Theory to Practice · 2019-01-22"

    @Test func studentCopyHasCoverHeadingsTableHeaderAndFooter() async throws {
        let seed = try await PrintedSeed.shared.value
        let pages = seed.student
        #expect(pages.count >= 4, "student copy has \(pages.count) pages")
        let cover = try #require(pages.first)
        for text in ["Deep Learning - From Theory to Practice (201800177)", "Date: Tuesday, Jan 22, 2019", "Time: 8:45–11:45",
                     "Name", "Student number", "An explanation to every answer is required", "Good luck and success!",
                     "Grading scheme", "Total", "40 points", "Ex 1.", "Ex 5."] {
            #expect(cover.contains(text), "cover lacks “\(text)”")
        }
        try expectRunningHeaderAndFooter(pages, extra: nil)
        try await expectExerciseHeadings(in: seed, document: "student.html", pages: pages)
    }

    @Test func answerKeyHasGradingSchemeAndSaysSoOnEveryPage() async throws {
        let seed = try await PrintedSeed.shared.value
        let pages = seed.key
        let cover = try #require(pages.first)
        #expect(cover.contains("ANSWER KEY — CONFIDENTIAL"), "the key's cover kicker (printed in capitals)")
        #expect(cover.contains("Total 40 points"), "the grading scheme's total: \(cover)")
        #expect(cover.contains("Sum 6 7 10 9 8 Total 40 points"), "the grading scheme's sums and total: \(cover)")
        for exercise in 1...5 { #expect(cover.contains("Ex \(exercise)."), "no column for exercise \(exercise)") }
        try expectRunningHeaderAndFooter(pages, extra: "ANSWER KEY")
        try await expectExerciseHeadings(in: seed, document: "key.html", pages: pages)
    }

    @Test func noPartOfTheStudentCopyIsSplitAcrossPages() async throws {
        let seed = try await PrintedSeed.shared.value
        let html = try HTMLParser.parse(contentsOf: seed.built.examFolder().appendingPathComponent("student.html"))
        let placements = PartPlacement.find(in: html, pages: seed.student)
        #expect(placements.count == 13)
        for (anchor, placement) in placements {
            let placement = try #require(placement, "part \(anchor): no phrase of it found exactly once in the PDF")
            #expect(placement.first.page == placement.last.page, "\(placement)")
            #expect(placement.first.page > 1, "\(placement) is on the cover")
        }
    }

    @Test func printingTwiceGivesTheSamePages() async throws {
        let seed = try await PrintedSeed.shared.value
        let chromium = try Tools.chromium(), poppler = try Tools.poppler()
        for (document, pages) in [("student", seed.student), ("key", seed.key)] {
            let again = seed.built.folder.appendingPathComponent("again-\(document).pdf")
            try await chromium.printToPDF(seed.built.examFolder().appendingPathComponent("\(document).html"), to: again)
            let texts = try await poppler.pageTexts(again).map(PDFText.normalize)
            #expect(texts.count == pages.count, "\(document): \(pages.count) pages, then \(texts.count)")
            #expect(texts == pages, "\(document): the text of the pages changed between two prints")
        }
    }

    @Test func sitegenPDFWritesEveryDocumentAndThePrintShopFile() async throws {
        let seed = try await PrintedSeed.shared.value
        let student = try #require(seed.written["student.pdf"]), key = try #require(seed.written["key.pdf"])
        let shop = try #require(seed.written["print-shop.pdf"])
        let copies = seed.written.filter { $0.key.hasSuffix("student.pdf") }.values
        #expect(shop == copies.map { $0 + $0 % 2 }.reduce(0, +), "print-shop.pdf: every copy padded to an even page count")
        #expect(student == seed.student.count && key == seed.key.count)
        #expect(key > student, "the key (\(key) pages) is longer than the student copy (\(student))")
        // The grader's compact key of the 40-point 2019 exam fits in four pages (the full key: 20).
        let compact = try #require(seed.written["key-compact.pdf"])
        #expect(compact <= 4, "key-compact.pdf has \(compact) pages")
    }

    /// Variants: the code and fingerprint in the running header of every page but the cover, and
    /// the same grading scheme and total as the exam as given.
    @Test func variantsCarryTheirCodeOnEveryPageButTheCover() async throws {
        let seed = try await PrintedSeed.shared.value
        let variantPDFs = seed.written.keys.filter { $0.hasPrefix("variants-") }.sorted()
        #expect(variantPDFs.count == 6, "two variants, each a student copy, a key and a compact key: \(variantPDFs)")
        let poppler = try Tools.poppler()
        for name in variantPDFs {
            let parts = name.split(separator: "-")
            let code = String(parts[1])
            let pages = try await poppler.pageTexts(seed.built.examFolder().appendingPathComponent("pdf/\(name)")).map(PDFText.normalize)
            #expect(!(pages.first ?? "").contains(Self.header))
            #expect((pages.first ?? "").contains("40 points"), "\(name): the cover's grading table totals 40")
            for (index, page) in pages.enumerated().dropFirst() {
                #expect(page.contains("variant \(code)"), "\(name) page \(index + 1) lacks its variant code")
            }
        }
    }

    // MARK: - helpers

    private func expectRunningHeaderAndFooter(_ pages: [String], extra: String?) throws {
        for (index, page) in pages.enumerated() {
            let number = index + 1
            #expect(page.contains("page \(number) of \(pages.count)"), "page \(number) has no “page \(number) of \(pages.count)”")
            if number == 1 {
                #expect(!page.contains(Self.header), "the cover has the running header")
            } else {
                #expect(page.contains(Self.header), "page \(number) has no running header")
                if let extra { #expect(page.contains(extra), "page \(number) lacks “\(extra)”") }
            }
        }
    }

    /// Every exercise heading, with its points, is printed, and on the page of its first part (a
    /// heading never ends a page).
    private func expectExerciseHeadings(in seed: PrintedSeed, document: String, pages: [String]) async throws {
        let html = try HTMLParser.parse(contentsOf: seed.built.examFolder().appendingPathComponent(document))
        let exercises = html.all("article", class: "exercise")
        #expect(exercises.count == 5)
        let placements = Dictionary(uniqueKeysWithValues: PartPlacement.find(in: html, pages: pages).compactMap { anchor, placement in
            placement.map { (anchor, $0) }
        })
        for exercise in exercises {
            let heading = try #require(exercise.all("h2").first).text
            #expect(heading.hasSuffix("points]"), "\(heading)")
            let found = PDFText.pages(containing: heading, in: pages)
            #expect(found.count == 1, "“\(heading)” on pages \(found)")
            if let firstPart = exercise.all("section", class: "part").first?["id"], let placement = placements[firstPart],
               let page = found.first {
                #expect(page == placement.first.page, "“\(heading)” on page \(page), its first part on page \(placement.first.page)")
            }
        }
    }
}
