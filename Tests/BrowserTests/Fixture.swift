import Foundation
import Pipeline
import Printing
import SiteInspection
import Testing
import TestSupport

/// A fresh build of a bank in its own temporary folder, and the tools that print and read it back.
/// Chromium and poppler-utils are required: CI installs them (Scripts/install-deps), and a missing
/// tool fails these tests with the command that installs it.
struct Built: Sendable {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedExam = "dl-2019-01-22"

    let folder: URL
    var site: URL { folder.appendingPathComponent("site") }
    var privateOutput: URL { folder.appendingPathComponent("private") }

    /// Builds `bank` (the repository's by default) into a new temporary folder.
    static func make(bank: URL = repository.appendingPathComponent("QuestionBank")) async throws -> Built {
        let folder = Scratch.url("sitegen-browser")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = Built(folder: folder)
        let options = BuildOptions(bank: bank, templates: repository.appendingPathComponent("Templates"),
                                   site: built.site, privateOutput: built.privateOutput)
        try await SiteBuilder(options: options).build()
        return built
    }

    /// A copy of the repository's bank, to change without touching it.
    static func copyOfBank() throws -> URL {
        let copy = Scratch.url("sitegen-bank")
        try FileManager.default.copyItem(at: repository.appendingPathComponent("QuestionBank"), to: copy)
        return copy
    }

    func examFolder(_ exam: String = seedExam) -> URL {
        privateOutput.appendingPathComponent("exams/\(exam)")
    }

    /// Every file below a folder with one of `extensions`, as relative paths, sorted.
    static func files(in folder: URL, extensions: [String]) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [])
            .filter { path in extensions.contains { path.hasSuffix(".\($0)") } }.sorted()
    }
}

enum Tools {
    static func chromium() throws -> Chromium { try Chromium.find(timeout: 240) }
    static func poppler() throws -> Poppler { try Poppler.find() }
    static func printer(for built: Built) throws -> ExamPrinter {
        ExamPrinter(privateOutput: built.privateOutput, chromium: try chromium(), poppler: try poppler())
    }
}

/// The seed exam, built and printed once for all the tests that read its PDFs.
struct PrintedSeed: Sendable {
    let built: Built
    let studentPDF: URL
    let keyPDF: URL
    let student: [String]
    let key: [String]
    /// Every PDF `sitegen pdf` wrote, with its page count.
    let written: [String: Int]

    /// The 2019 exam as given plus two variants (A, B), as the print shop would get them.
    static let shared = Task<PrintedSeed, any Error> {
        let bank = try Built.copyOfBank()
        let spec = bank.appendingPathComponent("exams/\(Built.seedExam).yml")
        try (try String(contentsOf: spec, encoding: .utf8) + "variants: 2\nseed: 7\n").write(to: spec, atomically: true, encoding: .utf8)
        let built = try await Built.make(bank: bank)
        let printer = try Tools.printer(for: built)
        let written = try await printer.print(Built.seedExam)
        let pdf = built.examFolder().appendingPathComponent("pdf")
        let poppler = try Tools.poppler()
        let student = pdf.appendingPathComponent("student.pdf"), key = pdf.appendingPathComponent("key.pdf")
        return PrintedSeed(built: built, studentPDF: student, keyPDF: key,
                           student: try await poppler.pageTexts(student).map(PDFText.normalize),
                           key: try await poppler.pageTexts(key).map(PDFText.normalize),
                           written: Dictionary(uniqueKeysWithValues: written.map { ($0.pdf.lastPathComponent, $0.pages) }))
    }
}

/// Text as pdftotext gives it back, made comparable with the text of the HTML.
enum PDFText {
    static func normalize(_ text: String) -> String {
        var text = text
        for (ligature, letters) in ["ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " "] {
            text = text.replacingOccurrences(of: ligature, with: letters)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Occurrences of `needle` in `haystack`.
    static func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    /// The pages (1-based) whose text contains `needle`.
    static func pages(containing needle: String, in pages: [String]) -> [Int] {
        pages.indices.filter { pages[$0].contains(needle) }.map { $0 + 1 }
    }
}

extension HTMLElement {
    /// The runs of prose text below this element, in document order, leaving out math, figures and
    /// scripts (their printed text differs from their source).
    var proseRuns: [String] {
        var runs: [String] = []
        func walk(_ element: HTMLElement) {
            guard !["math", "svg", "script", "style", "summary"].contains(element.name) else { return }
            for child in element.children {
                switch child {
                case .text(let text):
                    let run = PDFText.normalize(text)
                    if !run.isEmpty { runs.append(run) }
                case .element(let element): walk(element)
                }
            }
        }
        walk(self)
        return runs
    }
}

/// Where a part of an exam falls in its PDF: the pages of its first and of its last line.
struct PartPlacement: CustomStringConvertible {
    var anchor: String
    var first: (phrase: String, page: Int)
    var last: (phrase: String, page: Int)
    var description: String { "part \(anchor): “\(first.phrase)” on page \(first.page), “\(last.phrase)” on page \(last.page)" }

    /// Finds each part of `page` (parsed HTML) in the PDF's `pages`: the first and the last
    /// four-word phrase of the part that occurs exactly once in the whole document.
    static func find(in page: HTMLElement, pages: [String]) -> [(String, PartPlacement?)] {
        let whole = pages.joined(separator: " ")
        return page.all("section", class: "part").map { part in
            let anchor = part["id"] ?? "?"
            var windows: [String] = []
            for run in part.proseRuns {
                let words = run.split(separator: " ")
                guard words.count >= 4 else { continue }
                for start in 0...(words.count - 4) { windows.append(words[start..<start + 4].joined(separator: " ")) }
            }
            func locate(_ candidates: some Sequence<String>) -> (String, Int)? {
                for phrase in candidates where PDFText.count(phrase, in: whole) == 1 {
                    let found = PDFText.pages(containing: phrase, in: pages)
                    if found.count == 1 { return (phrase, found[0]) }
                }
                return nil
            }
            guard let first = locate(windows), let last = locate(windows.reversed()) else { return (anchor, nil) }
            return (anchor, PartPlacement(anchor: anchor, first: first, last: last))
        }
    }
}
