import Bank
import Foundation
import Markup

/// What `sitegen serve` adds to HTML responses — never to the files in `site/`: a small script
/// that listens to `/_sitegen/events`, reloads the page after a build and shows a failed build's
/// diagnostics over the page.
enum LiveReload {
    static let eventsPath = "/_sitegen/events"
    static let privateMount = "/_private/"
    static let overlayID = "sitegen-build-error"

    static let overlayStyle = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;"
        + "background:rgba(24,24,28,.96);color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap"

    /// The script, for a page served at build `generation`.
    static func script(generation: Int) -> String {
        """
        <script data-sitegen-serve>
        (function () {
          var generation = \(generation);
          function overlay(text) {
            var box = document.getElementById("\(overlayID)");
            if (!box) {
              box = document.createElement("pre");
              box.id = "\(overlayID)";
              box.setAttribute("role", "alert");
              box.style.cssText = "\(overlayStyle)";
              document.body.appendChild(box);
            }
            box.textContent = text;
          }
          if (!window.EventSource) return;
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("hello", function (e) {
            var state = JSON.parse(e.data);
            if (state.generation !== generation) location.reload();
            else if (state.error) overlay(state.error);
          });
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("build-error", function (e) { overlay(JSON.parse(e.data).error); });
        })();
        </script>
        """
    }

    /// The overlay, rendered by the server for a page requested while the last build failed
    /// (so that it shows even before the script runs).
    static func overlay(_ text: String) -> String {
        "<pre id=\"\(overlayID)\" role=\"alert\" style=\"\(overlayStyle)\">\(HTML.escape(text))</pre>"
    }

    /// `html` with the script (and the overlay, if the last build failed) before `</body>`.
    static func inject(into html: String, generation: Int, error: String?) -> String {
        let addition = (error.map(overlay) ?? "") + script(generation: generation)
        if let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            return html.replacingCharacters(in: range, with: addition + "\n</body>")
        }
        return html + addition
    }

    /// The text of a failed build as the overlay and the terminal show it.
    static func describe(_ error: DiagnosticError) -> String {
        DiagnosticRenderer().render(error) + "\n\nThe last good build is still served."
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        let data = (try? JSONEncoder().encode([text])) ?? Data("[\"\"]".utf8)
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }
}
