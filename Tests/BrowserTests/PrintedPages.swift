import Foundation
import Printing
import SiteInspection

/// A printed PDF read back page by page: where each word of the page body sits (`pdftotext -bbox`)
/// and how far down the page's printable area ink reaches (a grey rendering by `pdftoppm`), so that
/// figures and answer boxes, which have no words, count as used space.
struct PrintedPages: Sendable {
    /// A word of a page body (the running header and the footer, in the page margins, are left out).
    struct Word: Sendable, CustomStringConvertible {
        var text: String
        /// 1-based.
        var page: Int
        /// Top and bottom in points from the top of the page.
        var top: Double
        var bottom: Double
        var description: String { "“\(text)” (page \(page), \(Int(top)) pt)" }
    }

    /// The body's words of every page, in reading order.
    var words: [Word]
    /// Per page, the share (0…1) of the printable height used: from its top to the lowest ink.
    var fill: [Double]
    var pageCount: Int { fill.count }

    /// The page margins of print.css's `@page` rule, in millimetres: top, right, bottom, left.
    static let margins: [Double] = {
        let css = (try? String(contentsOf: Built.repository.appendingPathComponent("Templates/assets/print.css"), encoding: .utf8)) ?? ""
        guard let page = css.range(of: "@page {"), let margin = css[page.upperBound...].range(of: "margin:"),
              let end = css[margin.upperBound...].firstIndex(of: ";") else { return [] }
        return css[margin.upperBound..<end].split(separator: " ").compactMap { Double($0.replacingOccurrences(of: "mm", with: "")) }
    }()

    static let pointsPerMillimetre = 72 / 25.4

    /// Reads `pdf` back with `pdftotext -bbox` and `pdftoppm -gray`.
    static func read(_ pdf: URL) async throws -> PrintedPages {
        guard margins.count == 4 else { throw PrintingError.noOutput(command: "read print.css", expected: "@page { margin: T R B L } in mm", output: "") }
        let poppler = try Tools.poppler()
        let xhtml = try await ExternalTool.check(poppler.pdftotext, ["-bbox", "-enc", "UTF-8", pdf.path, "-"]).stdout
        var words: [Word] = []
        var heights: [Double] = []
        for (index, page) in HTMLParser.parse(xhtml).all("page").enumerated() {
            let height = Double(page["height"] ?? "") ?? 0
            heights.append(height)
            let top = margins[0] * pointsPerMillimetre, bottom = height - margins[2] * pointsPerMillimetre
            for word in page.all("word") {
                guard let yMin = Double(word["ymin"] ?? word["yMin"] ?? ""), let yMax = Double(word["ymax"] ?? word["yMax"] ?? "") else { continue }
                let middle = (yMin + yMax) / 2
                guard middle > top, middle < bottom else { continue }
                words.append(Word(text: PDFText.normalize(word.text), page: index + 1, top: yMin, bottom: yMax))
            }
        }
        var fill: [Double] = []
        for page in heights.indices { fill.append(try await inkFill(pdf, page: page + 1)) }
        return PrintedPages(words: words, fill: fill)
    }

    /// Renders one page at 36 dpi in grey and finds the lowest row of the printable area with a
    /// pixel darker than light grey.
    static func inkFill(_ pdf: URL, page: Int) async throws -> Double {
        guard let pdftoppm = ExternalTool.find(["pdftoppm"]) else {
            throw PrintingError.missing(tool: "pdftoppm (poppler-utils)", tried: ["pdftoppm"], install: Poppler.install)
        }
        let dpi = 36.0
        let prefix = pdf.deletingLastPathComponent().appendingPathComponent(".ink-\(UUID().uuidString)")
        try await ExternalTool.check(pdftoppm, ["-gray", "-r", "\(Int(dpi))", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf.path, prefix.path])
        let file = prefix.appendingPathExtension("pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        let raster = try GreyRaster(Data(contentsOf: file))
        let pixelsPerMillimetre = dpi / 25.4
        let top = Int((margins[0] * pixelsPerMillimetre).rounded(.up)), bottom = raster.height - Int((margins[2] * pixelsPerMillimetre).rounded(.up))
        guard bottom > top else { return 0 }
        let lowest = (top..<bottom).last { raster.row($0).contains { $0 < 200 } } ?? top
        return Double(lowest - top) / Double(bottom - top)
    }
}

/// A binary PGM (P5, 8 bits), as `pdftoppm -gray` writes it.
struct GreyRaster {
    var width: Int
    var height: Int
    var pixels: [UInt8]

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        var fields: [String] = [], index = 0
        while fields.count < 4, index < bytes.count {
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n") { index += 1 }
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\n") { index += 1 }
            fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        index += 1
        guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]), fields[3] == "255",
              bytes.count - index >= width * height else {
            throw PrintingError.noOutput(command: "pdftoppm -gray", expected: "an 8-bit binary PGM", output: fields.joined(separator: " "))
        }
        self.width = width
        self.height = height
        pixels = Array(bytes[index..<index + width * height])
    }

    func row(_ y: Int) -> ArraySlice<UInt8> { pixels[y * width..<(y + 1) * width] }
}
