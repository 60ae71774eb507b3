import Diagnostics
import Foundation

/// What `sitegen check --links` found in the built output folders.
public struct LinkReport: Sendable {
    /// The folders read, as the user names them: `site/`, `private/`.
    public var folders: [String]
    public var problems: [LinkProblem]

    /// Every problem as the one renderer prints it.
    public var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }

    /// "2 broken links in site/ and private/" or "no problems in site/".
    public var summary: String {
        let folders = self.folders.joined(separator: " and ")
        return problems.isEmpty ? "links checked in \(folders): no problems"
            : "check --links failed with \(String(counting: problems.count, "broken link")) in \(folders)"
    }
}

extension LinkChecker {
    /// Checks each output folder that exists; `display` names it in messages (`site`, `private`).
    /// Fails when none exists: there is nothing built to read back.
    public func check(_ folders: [(url: URL, display: String)]) throws(DiagnosticError) -> LinkReport {
        let built = folders.filter { FileManager.default.fileExists(atPath: $0.url.path) }
        guard !built.isEmpty else {
            let missing = folders.first.map { "\($0.display)/ does not exist" } ?? "no output folder given"
            throw DiagnosticError(stage: .inspect, diagnostics: [
                .error(.inspect, "nothing to check: \(missing)", hint: "run `sitegen build` first"),
            ])
        }
        return LinkReport(folders: built.map { "\($0.display)/" },
                          problems: built.flatMap { check($0.url, display: $0.display) })
    }
}
