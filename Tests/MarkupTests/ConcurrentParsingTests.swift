import Foundation
import Testing
@testable import Markup

/// cmark-gfm keeps the characters its extensions react to (`~` for strikethrough, `|` in table
/// rows) in one table for the whole process and switches them on and off around every parse, so
/// parses on two threads at once could lose a `~~…~~`. The build renders on every core.
struct ConcurrentParsingTests {
    @Test func strikethroughSurvivesParsesOnEveryCore() async {
        let paragraph = "Some *plain* text with a ~~struck~~ word and `code`.\n\n| a | b |\n|---|---|\n| ~~c~~ | d |\n\n"
        let markdown = String(repeating: paragraph, count: 50)
        let expected = CommonMark.html(from: markdown)
        #expect(expected.contains("<del>struck</del>"))
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<400 { group.addTask { CommonMark.html(from: markdown) } }
            var results: [String] = []
            for await html in group { results.append(html) }
            return results
        }
        #expect(results.filter { $0 != expected }.count == 0)
    }
}
