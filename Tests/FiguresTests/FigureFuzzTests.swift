import DeepLearning
import Testing
@testable import Figures

/// Figure blocks are bank text too: every documented example, with its numbers swapped for
/// values at and beyond their limits and its YAML damaged, must render as a figure or as an error
/// box with a located warning. In-process, so a trap ends the test run.
@Suite struct FigureFuzzTests {
    static let variants = 500

    @Test func mutatedExamplesRenderOrWarn() throws {
        let examples = try DocExampleTests.examples()
        var rng = Xoshiro256StarStar(seed: 20_261_201)
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        let values = ["0", "-1", "1e9", "100000", "-100000", "1e300", ".inf", ".nan", "2", "[]", "{}", "x", "9223372036854775807", "[0, 0]"]
        var drawn = 0
        for _ in 0..<Self.variants {
            var tokens = pick(examples).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                let index = Int(rng.next() % UInt64(tokens.count))
                if tokens[index].first?.isNumber == true || rng.next() % 4 == 0 {
                    let suffix = tokens[index].drop { !",]}\n".contains($0) }
                    tokens[index] = pick(values) + suffix
                }
            }
            let spec = tokens.joined(separator: " ")
            let figure = FigureRenderer().render(spec)
            if figure.warnings.isEmpty {
                drawn += 1
                #expect(figure.html.contains("<svg"), "\(spec)")
            } else {
                #expect(figure.warnings.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "\(figure.warnings) in\n\(spec)")
            }
        }
        #expect(drawn > Self.variants / 10)
    }

    @Test func aliasBombIsReadOnlyAsFarAsTheKeysGo() {
        var lines = ["a0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
        for i in 1...9 { lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]") }
        let figure = FigureRenderer().render("kind: network\nnetworks: [{name: A, layers: *a9}]\n" + lines.joined(separator: "\n"))
        #expect(figure.warnings.count == 1)
    }
}
