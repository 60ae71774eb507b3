import Bank
import Export
import Foundation
import FoundationXML
import Testing
import Variants

/// Machine-gradable parts in every format, from a bank with a part of every kind: the keys are
/// the engine's, per variant (a relative tolerance converted for each), and the QTI items with
/// their response processing validate against IMS's schema.
@Suite struct GradableExportTests {
    static let made = Result { () throws -> Exporter.Packages in
        let bank = try BankLoader(root: try GradableBank.write()).load()
        return try Exporter(names: ["quiz"], formats: ExportFormat.allCases, variants: 3).packages(bank: bank)
    }

    static func file(_ name: String) throws -> Data {
        try #require(try made.get().files.first { $0.name == name }).contents
    }

    /// The key of part `label` of every variant of `exercise`.
    static func keys(_ exercise: String, _ label: String) throws -> [(code: String, answer: PartAnswer)] {
        let pool = try #require(try made.get().pools.first { $0.exercise.id == exercise })
        return try pool.variants.map { variant in
            (variant.code, PartAnswer(try #require(variant.exercise.parts.first { $0.label == label })))
        }
    }

    @Test func theQTIItemsValidateAgainstTheIMSSchema() throws {
        guard let schema = ExportFixture.qtiSchema else {
            print("skipped: the IMS QTI 2.1 schema is not at ../shared/schemas/qti-2.1/ beside the repository; QTI files not validated")
            return
        }
        let validator = try schema.get()
        let files = try ExportFixture.unzip(try Self.file("qti-2.1.zip"))
        for (path, contents) in files where path.hasSuffix(".xml") && path != "imsmanifest.xml" {
            let problems = validator.validate(contents)
            #expect(problems.isEmpty, "\(path): \(problems.prefix(5).joined(separator: "; "))")
        }
    }

    @Test func qtiAcceptsEachVariantsIntervalAndTheCorrectChoices() throws {
        let files = try ExportFixture.unzip(try Self.file("qti-2.1.zip"))
        for (code, answer) in try Self.keys("every-kind", "a") {
            let item = try XMLDocument(data: try #require(files.first { $0.path == "items/every-kind-\(code).xml" }).contents)
            let numeric = try #require(answer.numeric)
            // ± 2 % of this variant's value.
            #expect(abs((numeric.maximum - numeric.minimum) / 2 - 0.02 * numeric.value) < 1e-12)
            let bounds = try item.nodes(forXPath: "//*[local-name()='responseCondition'][.//*[@identifier='RESPONSE_a']]//*[local-name()='baseValue']").compactMap(\.stringValue)
            #expect(bounds.prefix(2).map { Double($0) } == [numeric.minimum, numeric.maximum])
            let interaction = try item.nodes(forXPath: "//*[local-name()='textEntryInteraction'][@responseIdentifier='RESPONSE_a']")
            #expect(interaction.count == 1)
            let declared = try item.nodes(forXPath: "//*[local-name()='responseDeclaration'][@identifier='RESPONSE_a']/@baseType").first?.stringValue
            #expect(declared == "float")
        }
        for (code, answer) in try Self.keys("every-kind", "c") {
            let item = try XMLDocument(data: try #require(files.first { $0.path == "items/every-kind-\(code).xml" }).contents)
            let correct = try item.nodes(forXPath: "//*[local-name()='responseDeclaration'][@identifier='RESPONSE_c']//*[local-name()='value']").compactMap(\.stringValue)
            #expect(correct == (answer.options ?? []).filter(\.correct).map { "choice_\($0.letter)" })
            let cardinality = try item.nodes(forXPath: "//*[local-name()='responseDeclaration'][@identifier='RESPONSE_c']/@cardinality").first?.stringValue
            #expect(cardinality == "multiple")
            // The cloze part has one interaction per blank, in its text.
            #expect(try item.nodes(forXPath: "//*[local-name()='textEntryInteraction'][@responseIdentifier='RESPONSE_e_out']").count == 1)
            #expect(try item.nodes(forXPath: "//*[local-name()='inlineChoiceInteraction'][@responseIdentifier='RESPONSE_e_f']").count == 1)
            #expect(try item.nodes(forXPath: "//*[local-name()='extendedTextInteraction']").count == 1)
        }
    }

    @Test func moodleGetsAClozeForSeveralPartsAndANumericalForOneNumber() throws {
        let document = try XMLDocument(data: try Self.file("moodle.xml"))
        let questions = try document.nodes(forXPath: "/quiz/question").compactMap { $0 as? XMLElement }
        func text(_ element: XMLElement, _ path: String) throws -> String {
            try element.nodes(forXPath: path).first?.stringValue ?? ""
        }
        let clozes = try questions.filter { try text($0, "@type") == "cloze" }
        #expect(clozes.count == 3)
        for (cloze, (_, answer)) in zip(clozes, try Self.keys("every-kind", "a")) {
            let html = try text(cloze, "questiontext/text")
            let numeric = try #require(answer.numeric)
            #expect(html.contains("{2:NUMERICAL:=\(numeric.value):\(0.02 * numeric.value)}"), "\(html)")
            #expect(html.contains(":MULTIRESPONSE_V:%50%"))
            #expect(html.contains("{1:MULTICHOICE_V:=True~False}"))
            #expect(!html.contains("SITEGENBLANK"))
            #expect(try !text(cloze, "generalfeedback/text").isEmpty)
        }
        let numericals = try questions.filter { try text($0, "@type") == "numerical" }
        let singles = try Self.keys("single-number", "a")
        #expect(numericals.count == singles.count)
        for (question, (_, answer)) in zip(numericals, singles) {
            let numeric = try #require(answer.numeric)
            #expect(Double(try text(question, "answer/text")) == numeric.value)
            #expect(Double(try text(question, "answer/tolerance")) == 0.05 * numeric.value)
            #expect(try text(question, "answer/@fraction") == "100")
            #expect(try text(question, "defaultgrade") == "1")
        }
    }

    @Test func canvasGetsANumericalQuestionForOneNumberAndAnEssayOtherwise() throws {
        let files = try ExportFixture.unzip(try Self.file("canvas-qti-1.2.zip"))
        let assessment = try XMLDocument(data: try #require(files.first { $0.path == "sitegen-quiz/sitegen-quiz.xml" }).contents)
        let items = try assessment.nodes(forXPath: "//*[local-name()='item']").compactMap { $0 as? XMLElement }
        let singles = try Self.keys("single-number", "a")
        var numerical = 0
        for item in items {
            let title = try item.nodes(forXPath: "@title").first?.stringValue ?? ""
            let type = try item.nodes(forXPath: ".//*[local-name()='fieldentry']").first?.stringValue
            if title.hasPrefix("single-number") {
                #expect(type == "numerical_question")
                let code = String(title.split(separator: " ")[1])
                let numeric = try #require(singles.first { $0.code == code }?.answer.numeric)
                #expect(try item.nodes(forXPath: ".//*[local-name()='vargte']").first?.stringValue.flatMap(Double.init) == numeric.minimum)
                #expect(try item.nodes(forXPath: ".//*[local-name()='varlte']").first?.stringValue.flatMap(Double.init) == numeric.maximum)
                numerical += 1
            } else {
                #expect(type == "essay_question")
            }
        }
        #expect(numerical == singles.count)
    }

    @Test func bankTextIsEscapedAndRoundTrips() throws {
        let document = try XMLDocument(data: try Self.file("moodle.xml"))
        let html = try document.nodes(forXPath: "/quiz/question[@type='cloze']/questiontext/text").first?.stringValue ?? ""
        // The author's raw HTML never becomes markup; `&` and `]]>` arrive as the text they were.
        #expect(!html.contains("<script>"))
        #expect(html.contains("&amp; ]]&gt; in it"))
        let name = try document.nodes(forXPath: "/quiz/question[@type='category']/info/text").first?.stringValue ?? ""
        #expect(name.contains("Every kind of part <&> \"quoted\""))
    }
}
