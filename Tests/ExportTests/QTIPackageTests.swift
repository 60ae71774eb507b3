import Export
import Foundation
import FoundationXML
import SiteInspection
import Testing

/// The QTI 2.1 package read back: every item and the test valid against IMS's schema (libxml2),
/// the manifest listing exactly the files the zip holds, and each exercise a section selecting one.
@Suite struct QTIPackageTests {
    /// The seed bank's exams, and issue 12's machine-gradable quiz once the bank has it.
    static let exports: [[String]] = [["dl-2019-01-22"], ["dl-practice-2026"]]
        + (FileManager.default.fileExists(atPath: ExportFixture.repository.appendingPathComponent("QuestionBank/exams/dl-quiz-2026.yml").path)
           ? [["dl-quiz-2026"]] : [])

    @Test(arguments: exports) func everyItemAndTheTestValidateAgainstTheIMSSchema(_ names: [String]) throws {
        guard let schema = ExportFixture.qtiSchema else {
            print("skipped: the IMS QTI 2.1 schema is not at ../shared/schemas/qti-2.1/ beside the repository; QTI files not validated")
            return
        }
        let validator = try schema.get()
        let files = try ExportFixture.unzip(try #require(ExportFixture.packages(names)["qti-2.1.zip"]))
        let documents = files.filter { $0.path.hasSuffix(".xml") && $0.path != "imsmanifest.xml" }
        #expect(documents.count > 5)
        for (path, contents) in documents {
            let problems = validator.validate(contents)
            #expect(problems.isEmpty, "\(path): \(problems.prefix(5).joined(separator: "; "))")
        }
    }

    @Test func theSchemaRejectsAnInvalidItem() throws {
        guard let schema = ExportFixture.qtiSchema else {
            print("skipped: the IMS QTI 2.1 schema is not at ../shared/schemas/qti-2.1/; the validator is not checked")
            return
        }
        let item = """
            <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="x" adaptive="false" timeDependent="false">
            <itemBody><p><del>struck</del></p></itemBody></assessmentItem>
            """
        #expect(!(try schema.get()).validate(Data(item.utf8)).isEmpty)
    }

    @Test(arguments: exports) func theManifestListsEveryFileAndEveryListedFileExists(_ names: [String]) throws {
        let files = try ExportFixture.unzip(try #require(ExportFixture.packages(names)["qti-2.1.zip"]))
        let manifest = try XMLDocument(data: try #require(files.first { $0.path == "imsmanifest.xml" }).contents)
        let listed = Set(try manifest.nodes(forXPath: "//*[local-name()='file']/@href").compactMap(\.stringValue))
        let stored = Set(files.map(\.path)).subtracting(["imsmanifest.xml"])
        #expect(listed == stored)
        // Every resource a dependency names exists, and every figure an item shows is its dependency.
        let identifiers = Set(try manifest.nodes(forXPath: "//*[local-name()='resource']/@identifier").compactMap(\.stringValue))
        for reference in try manifest.nodes(forXPath: "//*[local-name()='dependency']/@identifierref").compactMap(\.stringValue) {
            #expect(identifiers.contains(reference), "dependency on a missing resource \(reference)")
        }
        for (path, contents) in files where path.hasPrefix("items/") {
            let item = try XMLDocument(data: contents)
            for source in try item.nodes(forXPath: "//*[local-name()='img']/@src").compactMap(\.stringValue) {
                let target = URL(fileURLWithPath: "/" + path).deletingLastPathComponent().appendingPathComponent(source).standardizedFileURL.path
                #expect(stored.contains(String(target.dropFirst())), "\(path) shows \(source), which is not in the package")
            }
        }
    }

    @Test func eachExerciseIsASectionSelectingOneOfItsVariants() throws {
        let files = try ExportFixture.unzip(try #require(ExportFixture.packages(["dl-2019-01-22"])["qti-2.1.zip"]))
        let test = try XMLDocument(data: try #require(files.first { $0.path == "test.xml" }).contents)
        let sections = try test.nodes(forXPath: "//*[local-name()='assessmentSection']").compactMap { $0 as? XMLElement }
        #expect(sections.count == 5)
        let bank = try ExportFixture.bank()
        for section in sections {
            let select = try section.nodes(forXPath: "*[local-name()='selection']/@select").first?.stringValue
            #expect(select == "1")
            let references = try section.nodes(forXPath: "*[local-name()='assessmentItemRef']/@href").compactMap(\.stringValue)
            let id = try #require(try section.nodes(forXPath: "@identifier").first?.stringValue).replacingOccurrences(of: "section-", with: "")
            let exercise = try #require(bank.exercise(id))
            // A parametrized exercise has one item per variant; one without parameters only one.
            #expect(references.count == (exercise.metadata.isParametrized ? ExportFixture.variants : 1), "\(id)")
            for href in references {
                let item = try XMLDocument(data: try #require(files.first { $0.path == href }).contents)
                let points = try item.nodes(forXPath: "//*[local-name()='outcomeDeclaration'][@identifier='MAXSCORE']//*[local-name()='value']").first?.stringValue
                #expect(points == exercise.points.description, "\(href)")
                let parts = try item.nodes(forXPath: "//*[local-name()='extendedTextInteraction']")
                #expect(parts.count == exercise.parts.count, "\(href)")
                // The model answers are for the scorer only.
                #expect(try item.nodes(forXPath: "//*[local-name()='rubricBlock'][@view='scorer']").count == 1)
            }
        }
    }

    @Test func formulasAreMathMLInsideTheItems() throws {
        let files = try ExportFixture.unzip(try #require(ExportFixture.packages(["dl-2019-01-22"])["qti-2.1.zip"]))
        let items = files.filter { $0.path.hasPrefix("items/") }
        let text = items.map { String(decoding: $0.contents, as: UTF8.self) }.joined()
        #expect(text.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\""))
        #expect(!text.contains("\\("), "TeX delimiters left in a QTI item")
        #expect(!text.contains("sitegen-math"))
    }
}
