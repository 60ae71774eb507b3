import Foundation
import Testing
@testable import Bank

/// `SimpleFrontMatter` reads the common front matter without Yams. Whatever it accepts must decode
/// to what Yams gives, key locations included; whatever YAML could read otherwise it must decline.
@Suite struct SimpleFrontMatterTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The two readers on one front matter: the simple one's answer, which must equal Yams's.
    func bothReaders(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (ExerciseMetadata, KeyLocations)? {
        let simple = SimpleFrontMatter.read(text, file: "e.md", firstLine: 2)
        guard let simple else { return nil }
        let yams = try? YAMLSource(file: "e.md", text: text, firstLine: 2).decode(ExerciseMetadata.self, what: "exercise front matter").get()
        #expect(yams?.0 == simple.0, "\(text)", sourceLocation: sourceLocation)
        #expect(yams?.1 == simple.1, "\(text)", sourceLocation: sourceLocation)
        return simple
    }

    @Test func theSyntheticBanksShapeIsReadAsYamsReadsIt() throws {
        let text = """
            id: q00001
            title: "Optimization: loss computation (Q00001)"
            topic: optimization
            tags: [batchnorm, layernorm, relu]
            visibility: public
            solutions: public
            source: "Synthetic benchmark corpus, q00001.md"
            """
        let (metadata, locations) = try #require(bothReaders(text))
        #expect(metadata.tags == ["batchnorm", "layernorm", "relu"])
        #expect(locations["tags[2]"].line == 5 && locations["tags[2]"].column == 30)
    }

    @Test(arguments: [
        "id: a\ntitle: Plain words, with commas (and brackets)\ntopic: t",
        "id: a\ntitle: 'Single quoted: with a colon'\ntopic: t\ntags: []",
        "id: a\ntitle: \"é and ü, # not a comment\"\ntopic: t\ntags: [ ]\nvisibility: private\nsolutions: private",
        "topic: t\ntitle: Order does not matter\nid: a-b-1\ntags: ['quoted', \"both\",  spaced out ]",
        "id: a\ntitle: It's an apostrophe\ntopic: t\nsource: From the 2019 exam",
    ])
    func plainShapesAreReadAsYamsReadsThem(text: String) throws {
        #expect(bothReaders(text) != nil, "\(text)")
    }

    /// Each of these is valid YAML read otherwise, or a mistake Yams must report: declined.
    @Test(arguments: [
        "id: a\ntitle: yes\ntopic: t", "id: a\ntitle: Null\ntopic: t", "id: a\ntitle: 12\ntopic: t",
        "id: a\ntitle: a # comment\ntopic: t", "id: a\ntitle: a: b\ntopic: t", "id: a\ntitle: \"a \\\" b\"\ntopic: t",
        "id: a\ntitle: 'it''s'\ntopic: t", "id: a\ntitle: A\ntopic: t\ntags:\n  - a", "id: a\ntitle: A\ntopic: t\ntags: [a, on]",
        "id: a\ntitle: A\ntopic: t\ntags: [a, ]", "id: a\ntitle: A\ntopic: t\ntags: a", "id: a\ntitle: A\ntopic: t\ntitel: B",
        "id: a\ntitle: A\ntopic: t\nid: b", "id: a\ntitle: A\n\ntopic: t", "id: A\ntitle: A\ntopic: t", "id: a\ntitle: A",
        "id: a\ntitle: A\ntopic: t\nvisibility: secret", "id: a\ntitle: A \ntopic: t", "id: a\ntitle:A\ntopic: t",
        "id: a\ntitle: A\ntopic: t\nparameters: {}", " id: a\ntitle: A\ntopic: t", "id: a\ntitle: \"A\" x\ntopic: t",
        "id: a\ntitle: A\ttab\ntopic: t", "id: a\ntitle: &x A\ntopic: t", "id: a\ntitle: [A]\ntopic: t",
    ])
    func otherShapesAreLeftToYams(text: String) {
        #expect(SimpleFrontMatter.read(text, file: "e.md", firstLine: 2) == nil, "\(text)")
    }

    /// Every front matter of the seed bank: the simple reader agrees with Yams wherever it reads.
    @Test func theSeedBankReadsTheSameEitherWay() throws {
        let folder = Self.repository.appendingPathComponent("QuestionBank/exercises")
        var read = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
            let lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).lineSlices
            guard let closing = lines.dropFirst().firstIndex(of: "---") else { continue }
            if bothReaders(lines[1..<closing].joined(separator: "\n")) != nil { read += 1 }
        }
        #expect(read > 0)
    }
}
