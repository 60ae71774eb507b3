import Export
import Foundation
import FoundationXML
import Testing

/// The Canvas zip read back in the layout text2qti writes and Canvas imports: the manifest at
/// the root naming the QTI 1.2 assessment and its `assessment_meta.xml`, each exercise a
/// question group picking one variant, figures listed and present.
@Suite struct CanvasPackageTests {
    @Test func theLayoutIsTheOneCanvasImports() throws {
        let files = try ExportFixture.unzip(try #require(ExportFixture.packages(["dl-2019-01-22"])["canvas-qti-1.2.zip"]))
        let paths = Set(files.map(\.path))
        let quiz = "sitegen-dl-2019-01-22"
        #expect(paths.isSuperset(of: ["imsmanifest.xml", "\(quiz)/\(quiz).xml", "\(quiz)/assessment_meta.xml"]))
        let manifest = try XMLDocument(data: try #require(files.first { $0.path == "imsmanifest.xml" }).contents)
        let listed = Set(try manifest.nodes(forXPath: "//*[local-name()='file']/@href").compactMap(\.stringValue))
        #expect(listed == paths.subtracting(["imsmanifest.xml"]))
        let types = try manifest.nodes(forXPath: "//*[local-name()='resource']/@type").compactMap(\.stringValue)
        #expect(types.contains("imsqti_xmlv1p2"))
        #expect(types.contains("associatedcontent/imscc_xmlv1p1/learning-application-resource"))
        let meta = try XMLDocument(data: try #require(files.first { $0.path == "\(quiz)/assessment_meta.xml" }).contents)
        #expect(try meta.nodes(forXPath: "//*[local-name()='points_possible']").first?.stringValue == "40")
    }

    @Test func eachExerciseIsAGroupPickingOneVariantWorthItsPoints() throws {
        let bank = try ExportFixture.bank()
        let files = try ExportFixture.unzip(try #require(ExportFixture.packages(["dl-2019-01-22"])["canvas-qti-1.2.zip"]))
        let quiz = "sitegen-dl-2019-01-22"
        let assessment = try XMLDocument(data: try #require(files.first { $0.path == "\(quiz)/\(quiz).xml" }).contents)
        let groups = try assessment.nodes(forXPath: "//*[local-name()='section'][*[local-name()='selection_ordering']]").compactMap { $0 as? XMLElement }
        #expect(groups.count == 5)
        let paths = Set(files.map(\.path))
        for group in groups {
            let pick = try group.nodes(forXPath: ".//*[local-name()='selection_number']").first?.stringValue
            #expect(pick == "1")
            let points = try group.nodes(forXPath: ".//*[local-name()='points_per_item']").first?.stringValue
            let items = try group.nodes(forXPath: "*[local-name()='item']").compactMap { $0 as? XMLElement }
            #expect(!items.isEmpty)
            for item in items {
                let title = try #require(try item.nodes(forXPath: "@title").first?.stringValue)
                let exercise = try #require(bank.exercise(String(title.split(separator: " ")[0])))
                #expect(points == exercise.points.description)
                func field(_ label: String) throws -> String? {
                    try item.nodes(forXPath: ".//*[local-name()='qtimetadatafield'][*[local-name()='fieldlabel']='\(label)']/*[local-name()='fieldentry']").first?.stringValue
                }
                #expect(try field("question_type") == "essay_question")
                #expect(try field("points_possible") == exercise.points.description)
                let html = try item.nodes(forXPath: ".//*[local-name()='presentation']//*[local-name()='mattext']").first?.stringValue ?? ""
                for match in html.matches(of: /%24IMS-CC-FILEBASE%24\/([^"]+)"/) {
                    #expect(paths.contains(String(match.output.1)), "\(title) shows \(match.output.1), not in the zip")
                }
            }
        }
    }
}
