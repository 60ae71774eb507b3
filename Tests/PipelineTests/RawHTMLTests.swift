import Foundation
import Pipeline
import SiteInspection
import Testing

/// Known XSS payloads (OWASP's filter-evasion cheat sheet, mutation XSS, Markdown links) in every
/// Markdown field of a bank, built with and without `raw_html: true`; every built page is parsed
/// as a browser would (libxml2's HTML parser) and searched for anything that runs script.
@Suite struct RawHTMLTests {
    static let payloads = [
        #"<script>alert(1)</script>"#,
        #"<img src=x onerror=alert(1)>"#,
        #"<IMG SRC=JaVaScRiPt:alert('XSS')>"#,
        #"<img src="javascript:alert(1)">"#,
        #"<img srcset="javascript:alert(1)">"#,
        #"<a href="javascript:alert(1)">a</a>"#,
        #"<a href="JaVaScRiPt:alert(1)">a</a>"#,
        #"<a href="&#106;avascript:alert(1)">a</a>"#,
        #"<a href="jav&#x09;ascript:alert(1)">a</a>"#,
        #"<a href=" &#14; javascript:alert(1)">a</a>"#,
        #"<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">a</a>"#,
        #"<a href="vbscript:msgbox(1)">a</a>"#,
        #"<a href="data:text/html,<script>alert(1)</script>">a</a>"#,
        #"<a href="https://example.org" onclick="alert(1)">a</a>"#,
        #"<a href="x" onmouseover="alert(1)">a</a>"#,
        #"[link](javascript:alert(1))"#,
        #"[link](JAVASCRIPT:alert(1))"#,
        #"[link](<javascript:alert(1)>)"#,
        #"![image](javascript:alert(1))"#,
        #"[link](vbscript:msgbox(1))"#,
        #"[link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"#,
        #"![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"#,
        #"<meta http-equiv="refresh" content="0;url=https://evil.example/">"#,
        #"<base href="https://evil.example/">"#,
        #"<form action="https://evil.example/"><input name="p"><button>go</button></form>"#,
        #"<form><button formaction="javascript:alert(1)">x</button></form>"#,
        #"<iframe src="https://evil.example/"></iframe>"#,
        #"<object data="https://evil.example/x.swf"></object>"#,
        #"<embed src="https://evil.example/x.swf">"#,
        #"<style>body { display: none }</style>"#,
        #"<style>@import 'https://evil.example/x.css';</style>"#,
        #"<link rel="stylesheet" href="https://evil.example/x.css">"#,
        #"<svg onload=alert(1)>"#,
        #"<svg><script>alert(1)</script></svg>"#,
        #"<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>"#,
        #"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"#,
        #"<noscript><p title="</noscript><img src=x onerror=alert(1)>">"#,
        #"<details open ontoggle=alert(1)>"#,
        #"<body onload=alert(1)>"#,
        #"<input autofocus onfocus=alert(1)>"#,
        #"<video><source onerror=alert(1)></video>"#,
        #"<div style="background:url(javascript:alert(1))">x</div>"#,
        #"<<SCRIPT>alert("XSS");//<</SCRIPT>"#,
        #"<img """><script>alert("XSS")</script>">"#,
        #"<textarea><script>alert(1)</script></textarea>"#,
        #"<x onclick=alert(1)>click</x>"#,
        #"<!--><img src=x onerror=alert(1)>-->"#,
        #"<![CDATA[<img src=x onerror=alert(1)>]]>"#,
        #"![$\text{" onerror="alert(1)}$](x.png)"#,
        #"[$x$](https://example.org "$\text{" onmouseover="alert(1)}$")"#,
        #"$\text{<img src=x onerror=alert(1)>}$"#,
        "Placeholder forgery \u{E000}0\u{E001} and \u{E000}b0\u{E001}.",
    ]

    static func bank(rawHTML: Bool) throws -> URL {
        var files: [String: String] = [:]
        let all = payloads.joined(separator: "\n\n")
        files["course.yml"] = """
            title: XSS course
            code: "1"
            raw_html: \(rawHTML)
            description: |
            \(payloads.map { "  " + $0 }.joined(separator: "\n\n"))
            topics:
              - {slug: t, title: Topic}

            """
        for (index, payload) in payloads.enumerated() {
            files["exercises/x\(index).md"] = InlineBank.exercise(
                id: "x\(index)", stem: payload, question: "Allowed: <kbd>Ctrl</kbd>.\n\n" + payload,
                answer: payload, rubric: "Rubric.")
        }
        files["exercises/all.md"] = InlineBank.exercise(id: "all", question: all, answer: all)
        files["exams/exam.yml"] = """
            title: Exam
            course: "1"
            date: 2019-01-22
            released: true
            instructions:
            \(payloads.map { "  - '\($0.replacingOccurrences(of: "'", with: "''"))'" }.joined(separator: "\n"))
            exercises:
              - id: all
            """
        return try InlineBank.write(files)
    }

    /// The site's own search scripts, from any page's folder: the index, its parts (one per
    /// topic, named by its slug) and the filter.
    static func isSearchScript(_ source: String) -> Bool {
        source.wholeMatch(of: /(\.\.\/)*(search-index|search-index\/[a-z0-9][a-z0-9-]*|assets\/search)\.js/) != nil
    }

    /// Everything in a parsed page that would run script or leave the site, as a browser sees it.
    static func activeContent(in page: HTMLElement, path: String) -> [String] {
        var found: [String] = []
        for element in [page] + page.descendants {
            let name = element.name.lowercased()
            switch name {
            case "script":
                if element["src"].map({ !isSearchScript($0) }) ?? true
                    || !element.text.isEmpty {
                    found.append("a script \(element)")
                }
            case "meta" where element["http-equiv"] != nil, "base", "iframe", "object", "embed", "style", "frame", "applet":
                found.append("<\(name)>")
            case "form" where !(path == "search.html" && element.hasClass("search-form")):
                found.append("<form>")
            case "link" where !(element["href"]?.contains("assets/") ?? false):
                found.append("<link href=\(element["href"] ?? "")>")
            default: break
            }
            for (attribute, value) in element.attributes {
                if attribute.lowercased().hasPrefix("on") { found.append("\(name) \(attribute)=\(value)") }
                let scheme = value.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)
                    .prefix { $0 != ":" }.map { $0.lowercased() }.joined()
                if ["href", "src", "srcset", "action", "formaction", "xlink:href", "data"].contains(attribute.lowercased()),
                   value.contains(":"), ["javascript", "vbscript", "data"].contains(scheme) {
                    found.append("\(name) \(attribute)=\(value)")
                }
            }
        }
        return found
    }

    @Test(arguments: [false, true])
    func noPayloadIsLiveOnAnyPage(rawHTML: Bool) async throws {
        let build = try TestBuild(bank: try Self.bank(rawHTML: rawHTML))
        try await build.run()
        let pages = TestBuild.files(in: build.options.site).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count >= Self.payloads.count)
        var kbd = 0
        for (path, data) in pages {
            let page = HTMLParser.parse(String(decoding: data, as: UTF8.self))
            let found = Self.activeContent(in: page, path: path)
            #expect(found.isEmpty, "site/\(path): \(found.prefix(5))")
            kbd += page.all("kbd").count
        }
        // The author's harmless HTML passes with raw_html, and only then.
        #expect(rawHTML ? kbd >= Self.payloads.count : kbd == 0)
        #expect(LinkChecker().check(build.options.site, display: "site").filter {
            $0.message.contains("event handler") || $0.message.contains("dangerous URL")
        }.isEmpty)
    }

    /// A quote with a combining mark after it is one `Character` that is not `"`: escaping a
    /// character at a time let it through, and a browser still ends the attribute at the quote.
    /// The course's own words (`labels:`) are printed inside attributes (`aria-label`).
    @Test func aQuoteWithACombiningMarkStaysInsideItsAttribute() async throws {
        let payload = "Crumbs\"\u{301} onmouseover=\"alert(1)\" x=\"\u{301}"
        let bank = try InlineBank.write([
            "course.yml": InlineBank.course + "labels:\n  breadcrumbs: '\(payload)'\n",
            "exercises/e.md": InlineBank.exercise(id: "e", title: "Title \"\u{301} onclick=\"alert(1)"),
        ])
        let build = try TestBuild(bank: bank)
        try await build.run()
        let data = try #require(TestBuild.files(in: build.options.site)["exercises/e.html"])
        let page = HTMLParser.parse(String(decoding: data, as: UTF8.self))
        #expect(Self.activeContent(in: page, path: "exercises/e.html").isEmpty)
        let crumbs = page.all("nav").first { $0.hasClass("breadcrumbs") }
        #expect(crumbs?["aria-label"] == payload)
    }

    @Test func linkCheckReportsEventHandlersAndScriptURLs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
            <!DOCTYPE html><html lang="en"><head><title>t</title></head><body>
            <img src="a.png" onerror="alert(1)" alt=""><a href=" JavaScript:alert(1)">x</a>
            <meta http-equiv="refresh" content="0;url=https://evil.example/"></body></html>
            """.write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try Data().write(to: folder.appendingPathComponent("a.png"))
        let messages = LinkChecker().check(folder, display: "site").map(\.description)
        #expect(messages == [
            "site/index.html: error: <img> has an event handler `onerror`",
            "site/index.html: error: <a href> is a dangerous URL ` JavaScript:alert(1)`",
            "site/index.html: error: unsupported link scheme: JavaScript:alert(1)",
            "site/index.html: error: <meta http-equiv=\"refresh\"> sends the reader elsewhere",
        ])
    }
}
