import Bank
import Foundation
import SiteInspection
import Testing
import TestSupport
import Variants

/// Exam variants built end to end: every form's documents, grading tables and answers.json.
@Suite struct VariantBuildTests {
    /// A copy of the real bank whose 2019 exam asks for `variants` forms from `seed`.
    static func bankWithVariants(_ variants: Int, seed: Int) throws -> URL {
        let bank = try TestBuild.copy(TestBuild.repository.appendingPathComponent("QuestionBank"))
        let spec = bank.appendingPathComponent("exams/dl-2019-01-22.yml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try (text + "variants: \(variants)\nseed: \(seed)\n").write(to: spec, atomically: true, encoding: .utf8)
        return bank
    }

    @Test func everyVariantHasStudentCopyKeyAndTheSameTotal() async throws {
        let build = try TestBuild(bank: try Self.bankWithVariants(3, seed: 7))
        let report = try await build.run()
        #expect(report.variants >= 3)
        var fingerprints: Set<String> = []
        for code in ["A", "B", "C"] {
            for document in ["student", "key"] {
                let page = try build.privateHTML("exams/dl-2019-01-22/variants/\(code)/\(document).html")
                let table = try #require(page.all("table", class: "grading-table").first)
                #expect(table.all("td", class: "grand-total").first?["data-total"] == "40")
                #expect(page.all("section", class: "part").count == 13)
                let style = page.all("style").map(\.text).joined()
                #expect(style.contains("variant \(code)"), "\(code) \(document) header")
                if let print = style.range(of: "variant \(code) · ") {
                    fingerprints.insert(String(style[print.upperBound...].prefix(8)))
                }
            }
        }
        #expect(fingerprints.count == 3)
    }

    @Test func answersJSONListsEveryVariantWithComputedValues() async throws {
        let build = try TestBuild(bank: try Self.bankWithVariants(3, seed: 7))
        try await build.run()
        let url = build.options.privateOutput.appendingPathComponent("exams/dl-2019-01-22/answers.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        #expect(json["exam"] as? String == "dl-2019-01-22")
        #expect(json["seed"] as? Int == 7)
        let variants = try #require(json["variants"] as? [[String: Any]])
        #expect(variants.map { $0["code"] as? String } == ["A", "B", "C"])
        for variant in variants {
            #expect(variant["points"] as? Double == 40)
            let parts = try #require(variant["parts"] as? [[String: Any]])
            #expect(parts.count == 13)
            #expect(parts.compactMap { $0["points"] as? Double }.reduce(0, +) == 40)
            let cnn = try #require(parts.first { $0["exercise"] as? String == "cnn-2019" && $0["part"] as? String == "a" })
            let parameters = try #require(cnn["parameters"] as? [String: Any])
            let values = try #require(cnn["values"] as? [String: Any])
            let kernel = try #require(parameters["kernel"] as? Double), pool = try #require(parameters["pool"] as? Double)
            #expect(values["field"] as? Double == kernel + pool - 1)
        }
        let asWritten = try #require(json["as_written"] as? [String: Any])
        let parts = try #require(asWritten["parts"] as? [[String: Any]])
        let field = parts.first { $0["exercise"] as? String == "cnn-2019" }?["values"] as? [String: Any]
        #expect(field?["field"] as? Double == 5)
    }

    /// Other tools read answers.json with the sheet's own Codable types; every part of the 2019
    /// exam is open.
    @Test func answersJSONDecodesWithTheSheetTypes() async throws {
        let build = try TestBuild(bank: try Self.bankWithVariants(2, seed: 7))
        try await build.run()
        let data = try Data(contentsOf: build.options.privateOutput.appendingPathComponent("exams/dl-2019-01-22/answers.json"))
        let sheet = try JSONDecoder().decode(AnswerSheet.self, from: data)
        #expect(sheet.format == AnswerSheet.formatVersion && sheet.format == 2)
        #expect(sheet.variants.map(\.code) == ["A", "B"])
        #expect(sheet.variants.allSatisfy { $0.parts.allSatisfy { $0.kind == .open && $0.options == nil && $0.numeric == nil } })
        let cnn = try #require(sheet.variants[0].parts.first { $0.exercise == "cnn-2019" && $0.part == "a" })
        #expect(cnn.values["field"] == .number(try #require(cnn.parameters["kernel"]?.number) + (try #require(cnn.parameters["pool"]?.number)) - 1))
    }

    /// A fixed seed gives a fixed answers.json; re-record on purpose with SNAPSHOT_RECORD=1.
    @Test func answersJSONIsGolden() async throws {
        let build = try TestBuild(bank: try Self.bankWithVariants(2, seed: 2019))
        try await build.run()
        let produced = try Data(contentsOf: build.options.privateOutput.appendingPathComponent("exams/dl-2019-01-22/answers.json"))
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/answers-dl-2019-01-22-seed2019.json")
        Snapshot.expect(produced, matches: golden)
    }

    @Test func theExamAsWrittenIsTheSeedExam() async throws {
        let build = try TestBuild()
        try await build.run()
        let text = try build.privateHTML("exams/dl-2019-01-22/student.html").text
        for sentence in [
            "The input is an RGB image of size",
            "The first layer is a convolution layer with 32 feature maps and filters of size",
            "uses a shifted logistic activation function:",
            "Give two advantages of Network A over Network B, and two advantages of Network B over Network A.",
            "Determine the size of the receptive field for a single unit in the pooling layer.",
        ] {
            #expect(text.contains(sentence), "\(sentence)")
        }
        #expect(!text.contains("[["))
    }
}
