import Foundation

/// Prints the exam documents a build wrote (`private/exams/<exam>/*.html`, variants included) to
/// PDF: one PDF per document in `private/exams/<exam>/pdf/`, and one combined PDF of all student
/// copies for the print shop.
public struct ExamPrinter: Sendable {
    /// What `sitegen pdf` may override.
    public enum Paper: String, Sendable, CaseIterable {
        case a4, letter
        var cssSize: String { self == .a4 ? "A4" : "letter" }
    }

    /// One HTML document to print.
    public struct Document: Sendable, Hashable {
        public var exam: String
        /// Path below the exam's folder: `student.html`, `key.html`, `variants/A/student.html`, …
        public var path: String
        public var html: URL
        public var pdf: URL
        public var isStudentCopy: Bool { (path as NSString).lastPathComponent.hasPrefix("student") }
    }

    public var privateOutput: URL
    public var chromium: Chromium
    public var poppler: Poppler
    /// Replaces the paper size the exam file asks for.
    public var paper: Paper?
    /// Called with one line per file written.
    public var progress: @Sendable (String) -> Void

    public init(privateOutput: URL, chromium: Chromium, poppler: Poppler, paper: Paper? = nil,
                progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.privateOutput = privateOutput
        self.chromium = chromium
        self.poppler = poppler
        self.paper = paper
        self.progress = progress
    }

    var examsFolder: URL { privateOutput.appendingPathComponent("exams") }

    /// The exams the private output holds.
    public func availableExams() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examsFolder.path)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: examsFolder.appendingPathComponent(name).path, isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }

    /// The documents of `exam`: the student copy and the key first, then the variants' documents.
    /// With `variants`, only the variants named (by code, a path component or a `-A` suffix) besides
    /// the exam as given.
    public func documents(of exam: String, variants: [String]? = nil) throws -> [Document] {
        let folder = examsFolder.appendingPathComponent(exam)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            let known = availableExams()
            throw PrintingError.nothingToPrint("no exam `\(exam)` has been built",
                hint: known.isEmpty ? "run `sitegen build` first" : "the built exams are \(known.map { "`\($0)`" }.joined(separator: ", "))")
        }
        let paths = ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".html") && !$0.hasPrefix("pdf/") && !($0 as NSString).lastPathComponent.hasPrefix(".") }
        func rank(_ path: String) -> (Int, String) {
            switch path {
            case "student.html": (0, path)
            case "key.html": (1, path)
            default: (2, path)
            }
        }
        let selected = paths.filter { path in
            guard let variants, !["student.html", "key.html"].contains(path) else { return true }
            let stem = (path as NSString).deletingPathExtension
            let words = Set(stem.split(whereSeparator: { "/-_.".contains($0) }).map { $0.lowercased() })
            return variants.contains { words.contains($0.lowercased()) }
        }
        return selected.sorted { rank($0) < rank($1) }.map { path in
            let pdfName = (path as NSString).deletingPathExtension.replacingOccurrences(of: "/", with: "-") + ".pdf"
            return Document(exam: exam, path: path, html: folder.appendingPathComponent(path),
                            pdf: folder.appendingPathComponent("pdf").appendingPathComponent(pdfName))
        }
    }

    /// Prints each document, then joins the student copies into `pdf/print-shop.pdf` with a blank
    /// page after every copy of odd length, so that each copy starts on a fresh sheet when printed
    /// double-sided. Returns every PDF written, with its page count.
    @discardableResult
    public func print(_ exam: String, variants: [String]? = nil) throws -> [(pdf: URL, pages: Int)] {
        let documents = try documents(of: exam, variants: variants)
        guard !documents.isEmpty else { throw PrintingError.nothingToPrint("exam `\(exam)` has no documents to print") }
        var written: [(pdf: URL, pages: Int)] = []
        for document in documents {
            try printOne(document)
            let pages = try poppler.pageCount(document.pdf)
            written.append((document.pdf, pages))
            progress("\(relative(document.pdf)) (\(pages) page\(pages == 1 ? "" : "s"))")
        }
        let copies = zip(documents, written).filter { $0.0.isStudentCopy }
        if !copies.isEmpty {
            let folder = examsFolder.appendingPathComponent(exam).appendingPathComponent("pdf")
            var blank: URL?
            var parts: [URL] = []
            for (_, (pdf, pages)) in copies {
                parts.append(pdf)
                if pages % 2 == 1 {
                    if blank == nil { blank = try blankPage(in: folder, like: copies[0].0) }
                    parts.append(blank!)
                }
            }
            let combined = folder.appendingPathComponent("print-shop.pdf")
            try poppler.unite(parts, into: combined)
            if let blank { try? FileManager.default.removeItem(at: blank) }
            let pages = try poppler.pageCount(combined)
            written.append((combined, pages))
            progress("\(relative(combined)) (\(pages) pages: \(copies.count) student cop\(copies.count == 1 ? "y" : "ies") for the print shop)")
        }
        return written
    }

    /// Prints one document, at the paper size asked for.
    func printOne(_ document: Document) throws {
        guard let paper else {
            try chromium.printToPDF(document.html, to: document.pdf)
            return
        }
        // A hidden copy beside the original (so that relative links to the stylesheets still
        // resolve) with one more @page rule, removed straight after.
        let html = try String(contentsOf: document.html, encoding: .utf8)
        let rule = "<style>@page { size: \(paper.cssSize); }</style>\n</head>"
        guard let range = html.range(of: "</head>") else {
            throw PrintingError.nothingToPrint("\(document.html.path) has no </head>", hint: "print only what `sitegen build` wrote")
        }
        let copy = document.html.deletingLastPathComponent().appendingPathComponent(".print-\(UUID().uuidString).html")
        try html.replacingCharacters(in: range, with: rule).write(to: copy, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: copy) }
        try chromium.printToPDF(copy, to: document.pdf)
    }

    /// A one-page blank PDF of the same paper as `document`.
    func blankPage(in folder: URL, like document: Document) throws -> URL {
        let html = try String(contentsOf: document.html, encoding: .utf8)
        let size = paper?.cssSize ?? (html.range(of: "size: letter") != nil ? "letter" : "A4")
        let page = folder.appendingPathComponent(".blank-\(UUID().uuidString).html")
        try "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>blank</title><style>@page { size: \(size); margin: 0 }</style></head><body></body></html>"
            .write(to: page, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: page) }
        let pdf = folder.appendingPathComponent(".blank.pdf")
        try chromium.printToPDF(page, to: pdf)
        return pdf
    }

    func relative(_ url: URL) -> String {
        let base = privateOutput.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        let shown = path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
        return path.hasPrefix(base) ? shown : path
    }
}
