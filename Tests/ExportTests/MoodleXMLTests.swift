import Bank
import Export
import Foundation
import FoundationXML
import Testing

/// `moodle.xml` read back as Moodle's importer (`question/format/xml/format.php`) reads it: a
/// `quiz` of `question`s, each category a `category/text` path, each essay with `name/text`,
/// `questiontext[@format]/text` and its `file`s, `defaultgrade` and `graderinfo`.
@Suite struct MoodleXMLTests {
    static let formats: Set<String> = ["html", "moodle_auto_format", "plain_text", "markdown"]

    /// The questions of an export, in order, as (type, element).
    static func questions(_ names: [String]) throws -> [(type: String, element: XMLElement)] {
        let document = try XMLDocument(data: try #require(ExportFixture.packages(names)["moodle.xml"]))
        #expect(document.rootElement()?.name == "quiz")
        return try document.nodes(forXPath: "/quiz/question").compactMap { $0 as? XMLElement }.map {
            ($0.attribute(forName: "type")?.stringValue ?? "", $0)
        }
    }

    static func text(_ element: XMLElement, _ path: String) throws -> String? {
        try element.nodes(forXPath: path).first?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func eachExerciseIsACategoryHoldingItsVariantsWithTheirPoints() throws {
        let bank = try ExportFixture.bank()
        let questions = try Self.questions(["dl-2019-01-22"])
        var category: String?
        var counts: [String: Int] = [:]
        for (type, element) in questions {
            switch type {
            case "category":
                category = try Self.text(element, "category/text")
                #expect(category?.hasPrefix("$course$/top/") == true)
            case "essay":
                let id = try #require(category?.split(separator: "/").last.map(String.init))
                let exercise = try #require(bank.exercise(id), "category \(category ?? "") is no exercise")
                let name = try #require(try Self.text(element, "name/text"))
                // `<exercise> <code> <fingerprint>`
                let words = name.split(separator: " ")
                #expect(words.count == 3 && words[0] == id && words[2].count == 8, "\(name)")
                #expect(try Self.text(element, "defaultgrade") == exercise.points.description)
                #expect(try Self.text(element, "responseformat") == "editor")
                for field in ["questiontext", "graderinfo"] {
                    let format = try Self.text(element, "\(field)/@format")
                    #expect(format.map(Self.formats.contains) == true, "\(field) format \(format ?? "none")")
                    #expect(try Self.text(element, "\(field)/text")?.isEmpty == false, "\(name): empty \(field)")
                }
                counts[id, default: 0] += 1
            default:
                Issue.record("unexpected question type \(type)")
            }
        }
        #expect(counts.count == 5)
        for (id, count) in counts {
            let parametrized = try #require(bank.exercise(id)).metadata.isParametrized
            #expect(count == (parametrized ? ExportFixture.variants : 1), "\(id): \(count) questions")
        }
    }

    @Test func figuresTravelAsBase64FilesOfTheFieldThatShowsThem() throws {
        var figures = 0
        for (_, element) in try Self.questions(["dl-2019-01-22"]) {
            for field in ["questiontext", "graderinfo"] {
                guard let text = try Self.text(element, "\(field)/text") else { continue }
                let files = try element.nodes(forXPath: "\(field)/file").compactMap { $0 as? XMLElement }
                var names: [String: Data] = [:]
                for file in files {
                    #expect(file.attribute(forName: "encoding")?.stringValue == "base64")
                    #expect(file.attribute(forName: "path")?.stringValue == "/")
                    let data = try #require(Data(base64Encoded: file.stringValue ?? ""))
                    // Each figure is a well-formed SVG document.
                    #expect(try XMLDocument(data: data).rootElement()?.name == "svg")
                    names[file.attribute(forName: "name")?.stringValue ?? ""] = data
                }
                let referenced = text.matches(of: /@@PLUGINFILE@@\/([^"]+)"/).map { String($0.output.1) }
                #expect(Set(referenced) == Set(names.keys), "\(field): shows \(referenced), carries \(names.keys.sorted())")
                figures += referenced.count
            }
        }
        #expect(figures > 0)
        // Nothing is fetched from another host.
        let xml = String(decoding: try #require(ExportFixture.packages(["dl-2019-01-22"])["moodle.xml"]), as: UTF8.self)
        #expect(!xml.contains("src=\"http"))
    }

    @Test func formulasAreTeXBetweenParenthesisDelimiters() throws {
        let questions = try Self.questions(["dl-2019-01-22"])
        let texts = try questions.compactMap { try Self.text($0.element, "questiontext/text") }.joined()
        #expect(texts.contains("\\("))
        #expect(!texts.contains("<math"))
    }
}
