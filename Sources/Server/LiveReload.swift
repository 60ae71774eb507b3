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
        + "background:rgba(24,24,28,.96);color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace"
    static let textStyle = "margin:0;white-space:pre-wrap;font:inherit"

    /// The script, for a page served at build `generation`.
    static func script(generation: Int) -> String {
        """
        <script data-sitegen-serve>
        (function () {
          var generation = \(generation);
          function overlay(text) {
            var box = document.getElementById("\(overlayID)");
            if (!box) {
              box = document.createElement("div");
              box.id = "\(overlayID)";
              box.setAttribute("role", "alert");
              box.style.cssText = "\(overlayStyle)";
              box.innerHTML = '\(dismissButton)<pre style="\(textStyle)"></pre>';
              document.body.appendChild(box);
            }
            box.querySelector("pre").textContent = text;
          }
          document.addEventListener("click", function (e) {
            if (e.target && e.target.hasAttribute("data-sitegen-dismiss")) {
              var box = document.getElementById("\(overlayID)");
              if (box) box.remove();
            }
          });
          if (!window.EventSource) return;
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("hello", function (e) {
            var state = JSON.parse(e.data);
            if (state.generation !== generation) location.reload();
            else if (state.error || state.warnings) overlay(state.error || state.warnings);
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
        "<div id=\"\(overlayID)\" role=\"alert\" style=\"\(overlayStyle)\">\(dismissButton)"
            + "<pre style=\"\(textStyle)\">\(HTML.escape(text))</pre></div>"
    }

    /// Closes the overlay; the next build that fails or warns opens it again.
    static let dismissButton = "<button type=\"button\" data-sitegen-dismiss style=\"float:right;font:inherit;cursor:pointer\">Dismiss</button>"

    /// `html` with the script (and the overlay, if the last build failed) before `</body>`.
    static func inject(into html: String, generation: Int, error: String?) -> String {
        let addition = (error.map(overlay) ?? "") + script(generation: generation)
        if let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            return html.replacingCharacters(in: range, with: addition + "\n</body>")
        }
        return html + addition
    }

    /// The text of a failed build as the overlay shows it: each diagnostic with its source line.
    static func describe(_ error: DiagnosticError) -> String {
        DiagnosticRenderer().render(error) + "\n\nThe last good build is still served."
    }

    /// The warnings of a build that succeeded, for the overlay; nil when there are none.
    static func describe(_ warnings: [Diagnostic]) -> String? {
        guard !warnings.isEmpty else { return nil }
        let renderer = DiagnosticRenderer()
        return (warnings.map(renderer.render) + ["sitegen: built with \(String(counting: warnings.count, "warning"))"])
            .joined(separator: "\n")
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        let data = (try? JSONEncoder().encode([text])) ?? Data("[\"\"]".utf8)
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }
}
