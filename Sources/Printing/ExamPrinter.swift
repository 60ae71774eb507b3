import Bank
import Foundation

/// Prints the exam documents a build wrote (`private/exams/<exam>/*.html`, variants included) to
/// PDF: one PDF per document in `private/exams/<exam>/pdf/`, and one combined PDF of all student
/// copies for the print shop.
public struct ExamPrinter: Sendable {
    /// One HTML document to print.
    public struct Document: Sendable, Hashable {
        public var exam: String
        /// Path below the exam's folder: `student.html`, `key.html`, `variants/A/student.html`, …
        public var path: String
        public var html: URL
        public var pdf: URL
        /// What it is: a student copy, a key or a compact key.
        public var kind: DocumentManifest.Document.Kind
        public var isStudentCopy: Bool { kind == .student }
        /// "A", "B", …; nil for the exam as written.
        public var variant: String?
        /// The paper the exam file asks for.
        public var paper: Paper
        /// The student number of a student's own copy; nil for the forms.
        public var student: String?
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

    /// What the last build wrote, from its manifest.
    func manifest() throws(PrintingError) -> DocumentManifest {
        guard let manifest = DocumentManifest.read(from: privateOutput) else {
            throw .nothingToPrint("\(relative(privateOutput.appendingPathComponent(DocumentManifest.path))) is missing or does not read",
                                  hint: "run `sitegen build` first")
        }
        return manifest
    }

    /// The exams the private output holds.
    public func availableExams() -> [String] {
        (try? manifest().exams.map(\.id)) ?? []
    }

    /// The documents of `exam`, as the manifest lists them: the student copy and the key as written
    /// first, then each variant's. With `variants`, only the variants named (by code) besides the
    /// exam as written.
    public func documents(of exam: String, variants: [String]? = nil) throws -> [Document] {
        let manifest = try manifest()
        guard manifest.exams.contains(where: { $0.id == exam }) else {
            let known = manifest.exams.map(\.id)
            throw PrintingError.nothingToPrint("no exam `\(exam)` has been built",
                hint: known.isEmpty ? "run `sitegen build` first" : "the built exams are \(known.map { "`\($0)`" }.joined(separator: ", "))")
        }
        let wanted = variants.map { Set($0.map { $0.uppercased() }) }
        if let variants {
            let known = Set(manifest.documents.filter { $0.exam == exam }.compactMap(\.variant)).sorted { ($0.count, $0) < ($1.count, $1) }
            for code in variants where !known.contains(code.uppercased()) {
                throw PrintingError.nothingToPrint("exam `\(exam)` has no variant `\(code)`",
                    hint: known.isEmpty ? "it has no variants: build with --variants N, or set `variants:` in the exam file"
                                        : "its variants are \(known.joined(separator: ", "))")
            }
        }
        let folder = "exams/\(exam)/"
        return manifest.documents.filter { document in
            document.exam == exam && [.student, .key, .compactKey].contains(document.kind)
                && (document.variant == nil || wanted?.contains(document.variant!) != false)
        }.map { document in
            let path = document.path.hasPrefix(folder) ? String(document.path.dropFirst(folder.count)) : document.path
            let pdfName = (path as NSString).deletingPathExtension.replacingOccurrences(of: "/", with: "-") + ".pdf"
            return Document(exam: exam, path: path, html: privateOutput.appendingPathComponent(document.path),
                            pdf: examsFolder.appendingPathComponent(exam).appendingPathComponent("pdf").appendingPathComponent(pdfName),
                            kind: document.kind, variant: document.variant, paper: document.paper,
                            student: document.student)
        }
    }

    /// Prints each document, then joins the student copies into `pdf/print-shop.pdf` with a blank
    /// page after every copy of odd length, so that each copy starts on a fresh sheet when printed
    /// double-sided. With a roster, the print-shop file holds each student's own copy, in the
    /// order they are handed out (by room and seat when the roster has them, else the roster's);
    /// without, one copy of each form. Returns every PDF written, with its page count.
    @discardableResult
    public func print(_ exam: String, variants: [String]? = nil) async throws -> [(pdf: URL, pages: Int)] {
        let documents = try documents(of: exam, variants: variants)
        guard !documents.isEmpty else { throw PrintingError.nothingToPrint("exam `\(exam)` has no documents to print") }
        var written: [(pdf: URL, pages: Int)] = []
        for document in documents {
            try await printOne(document)
            let pages = try await poppler.pageCount(document.pdf)
            written.append((document.pdf, pages))
            progress("\(relative(document.pdf)) (\(String(counting: pages, "page")))")
        }
        let personal = documents.contains { $0.student != nil }
        let shop = Set(Self.printShop(documents).map(\.path))
        let copies = zip(documents, written).filter { shop.contains($0.0.path) }
        if !copies.isEmpty {
            let folder = examsFolder.appendingPathComponent(exam).appendingPathComponent("pdf")
            var blank: URL?
            var parts: [URL] = []
            for (_, (pdf, pages)) in copies {
                parts.append(pdf)
                if pages % 2 == 1 {
                    if blank == nil { blank = try await blankPage(in: folder, like: copies[0].0) }
                    parts.append(blank!)
                }
            }
            let combined = folder.appendingPathComponent("print-shop.pdf")
            try await poppler.unite(parts, into: combined)
            if let blank { try? FileManager.default.removeItem(at: blank) }
            let pages = try await poppler.pageCount(combined)
            written.append((combined, pages))
            progress("\(relative(combined)) (\(pages) pages: \(String(counting: copies.count, personal ? "student's own copy" : "student copy", personal ? "students' own copies" : "student copies")) for the print shop)")
        }
        try record(written, of: exam, documents: documents)
        return written
    }

    /// The copies the print-shop file joins, in its order: the students' own copies when the exam
    /// has a roster (the manifest lists them in the order they are handed out), else one student
    /// copy of each form.
    static func printShop(_ documents: [Document]) -> [Document] {
        let personal = documents.contains { $0.student != nil }
        return documents.filter { $0.isStudentCopy && ($0.student != nil) == personal }
    }

    /// Lists the PDFs of `exam` in the manifest, in place of those of an earlier run.
    func record(_ written: [(pdf: URL, pages: Int)], of exam: String, documents: [Document]) throws {
        var manifest = try manifest()
        manifest.documents.removeAll { $0.exam == exam && $0.kind == .pdf }
        let base = privateOutput.standardizedFileURL.path + "/"
        for (index, (pdf, _)) in written.enumerated() {
            let source = index < documents.count ? documents[index] : nil
            manifest.documents.append(.init(path: String(pdf.standardizedFileURL.path.dropFirst(base.count)), exam: exam,
                                            variant: source?.variant, kind: .pdf, paper: paper ?? source?.paper ?? documents[0].paper,
                                            student: source?.student, printed: source?.kind))
        }
        try manifest.write(to: privateOutput)
    }

    /// Prints one document, at the paper size asked for.
    func printOne(_ document: Document) async throws {
        guard let paper else {
            try await chromium.printToPDF(document.html, to: document.pdf)
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
        try await chromium.printToPDF(copy, to: document.pdf)
    }

    /// A one-page blank PDF of the same paper as `document`.
    func blankPage(in folder: URL, like document: Document) async throws -> URL {
        let size = (paper ?? document.paper).cssSize
        let page = folder.appendingPathComponent(".blank-\(UUID().uuidString).html")
        try "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>blank</title><style>@page { size: \(size); margin: 0 }</style></head><body></body></html>"
            .write(to: page, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: page) }
        let pdf = folder.appendingPathComponent(".blank.pdf")
        try await chromium.printToPDF(page, to: pdf)
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
