import Foundation
import Printing
import Testing

/// Pages of the site at phone and desktop width: nothing wider than the window. Chromium lays the
/// page out and a probe script, added only to a temporary copy of the page, writes the document's
/// scroll width into the DOM that `--dump-dom` prints.
@Suite(.serialized, .timeLimit(.minutes(30))) struct LayoutTests {
    static let pages = ["index.html", "exams/index.html", "exams/dl-2019-01-22.html", "exercises/cnn-2019.html",
                        "exercises/rnn-2019.html", "topics/backprop.html"]

    /// A harness that frames the page at `width` CSS pixels (headless Chromium will not make its
    /// window narrower than 500 px) and writes what it measures into its own DOM.
    static func harness(framing page: String, width: Int) -> String {
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>probe</title>
        <style>body { margin: 0 } iframe { border: 0; width: \(width)px; height: 800px; display: block }</style></head>
        <body><iframe id="page" src="\(page)"></iframe>
        <script>
        document.getElementById("page").addEventListener("load", () => {
          const frame = document.getElementById("page");
          const doc = frame.contentDocument, root = doc.documentElement;
          const wide = [...doc.body.querySelectorAll("*")]
            .filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5)
            .filter(e => !e.closest("math[display=block], pre, .table-scroll"))
            .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? "." + String(e.className).split(" ")[0] : ""));
          const out = document.createElement("pre");
          out.id = "overflow-probe";
          out.textContent = `scrollWidth=${root.scrollWidth} clientWidth=${root.clientWidth} innerWidth=${frame.contentWindow.innerWidth} wide=${wide.join(",")}`;
          document.body.appendChild(out);
        });
        </script></body></html>
        """
    }

    struct Measure { var scrollWidth: Int; var clientWidth: Int; var innerWidth: Int; var wide: String }

    static func measure(_ page: String, in built: Built, width: Int) async throws -> Measure {
        let original = built.site.appendingPathComponent(page)
        let probe = original.deletingLastPathComponent().appendingPathComponent(".probe-\(width)-\(UUID().uuidString).html")
        try harness(framing: original.lastPathComponent, width: width).write(to: probe, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: probe) }
        let dom = try await Tools.chromium().dumpDOM(probe, width: max(width, 500) + 100)
        guard let line = dom.components(separatedBy: "<pre id=\"overflow-probe\">").dropFirst().first?.components(separatedBy: "</pre>").first else {
            throw PrintingError.noOutput(command: "chromium --dump-dom \(page)", expected: "the probe's result", output: String(dom.suffix(300)))
        }
        var values: [String: String] = [:]
        for pair in line.split(separator: " ") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            values[String(kv[0])] = kv.count > 1 ? String(kv[1]) : ""
        }
        return Measure(scrollWidth: Int(values["scrollWidth"] ?? "") ?? -1, clientWidth: Int(values["clientWidth"] ?? "") ?? -1,
                       innerWidth: Int(values["innerWidth"] ?? "") ?? -1, wide: values["wide"] ?? "")
    }

    @Test(arguments: [375, 1280]) func noHorizontalOverflow(width: Int) async throws {
        let built = try await Built.make()
        for page in Self.pages {
            let measure = try await Self.measure(page, in: built, width: width)
            #expect(measure.innerWidth == width, "\(page): the window is \(measure.innerWidth) px wide, not \(width)")
            #expect(measure.scrollWidth <= measure.clientWidth,
                    "\(page) at \(width) px: scrollWidth \(measure.scrollWidth) > clientWidth \(measure.clientWidth); too wide: \(measure.wide)")
        }
        let leftovers = Built.files(in: built.site, extensions: ["html"]).filter { $0.contains(".probe-") }
        #expect(leftovers.isEmpty)
    }
}
