import Foundation

/// poppler-utils: joins PDFs, counts their pages and reads their text back.
public struct Poppler: Sendable {
    public var pdfunite: URL
    public var pdfinfo: URL
    public var pdftotext: URL

    public static let install = "sudo apt-get install poppler-utils"

    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Poppler {
        func tool(_ name: String) throws -> URL {
            guard let url = ExternalTool.find([name], environment: environment) else {
                throw PrintingError.missing(tool: "\(name) (poppler-utils)", tried: [name], install: install)
            }
            return url
        }
        return Poppler(pdfunite: try tool("pdfunite"), pdfinfo: try tool("pdfinfo"), pdftotext: try tool("pdftotext"))
    }

    /// Joins `pdfs`, in order, into `output`.
    public func unite(_ pdfs: [URL], into output: URL) async throws {
        try? FileManager.default.removeItem(at: output)
        if pdfs.count == 1 {
            try FileManager.default.copyItem(at: pdfs[0], to: output)
            return
        }
        try await ExternalTool.check(pdfunite, pdfs.map(\.path) + [output.path])
    }

    /// The number of pages of a PDF.
    public func pageCount(_ pdf: URL) async throws -> Int {
        let info = try await ExternalTool.check(pdfinfo, [pdf.path]).stdout
        guard let count = Self.pageCount(fromInfo: info) else {
            throw PrintingError.noOutput(command: "pdfinfo \(pdf.path)", expected: "a page count", output: info)
        }
        return count
    }

    /// The `Pages:` line of what `pdfinfo` prints.
    static func pageCount(fromInfo info: String) -> Int? {
        for line in info.split(separator: "\n") where line.hasPrefix("Pages:") {
            if let count = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)), count >= 0 { return count }
        }
        return nil
    }

    /// The text of pages `first...last` (all pages by default), laid out as on paper (`-layout`).
    public func text(_ pdf: URL, pages: ClosedRange<Int>? = nil, layout: Bool = true) async throws -> String {
        var arguments = layout ? ["-layout"] : []
        if let pages { arguments += ["-f", "\(pages.lowerBound)", "-l", "\(pages.upperBound)"] }
        return try await ExternalTool.check(pdftotext, arguments + ["-enc", "UTF-8", pdf.path, "-"]).stdout
    }

    /// The text of each page, in order.
    public func pageTexts(_ pdf: URL) async throws -> [String] {
        var texts: [String] = []
        for page in 1...(try await pageCount(pdf)) { texts.append(try await text(pdf, pages: page...page)) }
        return texts
    }
}
