import Foundation
import SiteInspection
import Testing
@testable import Figures

/// Every ```figure block of docs/figures.md renders without a warning, so the examples cannot rot.
@Suite struct DocExampleTests {
    static func examples() throws -> [String] {
        let text = try String(contentsOf: repository.appendingPathComponent("docs/figures.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("```figure") { current = [] }
            else if current != nil, line.hasPrefix("```") { blocks.append(current!.joined(separator: "\n")); current = nil }
            else if current != nil { current!.append(String(line)) }
        }
        return blocks
    }

    @Test func everyKindHasADocumentedExampleThatRenders() throws {
        let blocks = try Self.examples()
        var kinds: Set<String> = []
        for block in blocks {
            let figure = FigureRenderer().render(block)
            #expect(figure.warnings.isEmpty, "\(figure.warnings) in\n\(block)")
            #expect(figure.html.contains("<svg"))
            kinds.insert(try FigureSpec(block).kind)
        }
        #expect(kinds == Set(FigureSpec.kinds.keys))
    }

    @Test func everyKeyIsDocumented() throws {
        let text = try String(contentsOf: repository.appendingPathComponent("docs/figures.md"), encoding: .utf8)
        for (kind, keys) in FigureSpec.kinds {
            #expect(text.contains("`kind: \(kind)`"), "kind \(kind)")
            for key in keys { #expect(text.contains("`\(key)`"), "key \(key) of \(kind)") }
        }
    }
}
