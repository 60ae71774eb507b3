import Foundation
import FoundationXML
import TeXMath

/// Paths of committed test data, found relative to this file.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// The formula corpus: (source, display, tex).
    static func corpus() throws -> [(source: String, display: Bool, tex: String)] {
        let text = try String(contentsOf: url("math.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            return (String(fields[0]), fields[1] == "display", String(fields[2]))
        }
    }

    /// Whether `markup` parses as an XML document.
    static func isWellFormed(_ markup: String) -> Bool {
        (try? XMLDocument(xmlString: markup, options: [])) != nil
    }

    static let converter: MathConverter = {
        do { return try MathConverter() } catch { preconditionFailure("empty macros must load: \(error)") }
    }()
}
