import Foundation

/// The one place diagnostics become text: each finding as `file:line:col: severity: message`, the
/// offending source line with a caret under the column, its hint and notes; then a count in words.
/// Colours mark the severity only, and only when asked for (a terminal without `NO_COLOR`).
public struct DiagnosticRenderer: Sendable {
    /// ANSI colours for the severity, the caret and the gutter.
    public var colour: Bool
    /// The source line under each located finding.
    public var excerpts: Bool
    /// The text of a file named by a location; by default read from disk relative to the current folder.
    public var source: @Sendable (String) -> String?
    /// Who speaks when a finding has no place: `sitegen: error: port 8000 is in use`.
    public var program: String

    public init(colour: Bool = false, excerpts: Bool = true, program: String = "sitegen",
                source: @escaping @Sendable (String) -> String? = DiagnosticRenderer.readFile) {
        self.colour = colour
        self.program = program
        self.excerpts = excerpts
        self.source = source
    }

    /// A finding with its excerpt, hint and notes, one line each, without a final newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        let severity = paint(diagnostic.severity.rawValue + ":", diagnostic.severity.colour)
        var lines = ["\(diagnostic.location?.description ?? program): \(severity) \(diagnostic.message)"]
        if excerpts, let location = diagnostic.location, let excerpt = excerpt(at: location, diagnostic.severity) {
            lines += excerpt
        }
        if let hint = diagnostic.hint { lines.append("  " + paint("hint:", Colour.bold) + " " + hint) }
        lines += diagnostic.notes.map { "  " + paint("note:", Colour.bold) + " " + $0 }
        return lines.joined(separator: "\n")
    }

    /// Every finding of a failed stage, then the summary line.
    public func render(_ error: DiagnosticError, command: String = "build") -> String {
        (error.diagnostics.map(render) + [summary(of: error, command: command)]).joined(separator: "\n")
    }

    /// "sitegen: build failed with 2 errors and 1 warning while reading the bank"; with `--strict` and no
    /// errors, "build failed: --strict counts the 3 warnings as errors".
    public func summary(of error: DiagnosticError, command: String = "build") -> String {
        let errors = error.errorCount, warnings = error.warningCount
        guard errors > 0 else {
            return "\(program): \(command) failed: --strict counts " + (warnings == 1 ? "the warning as an error" : "the \(warnings) warnings as errors")
        }
        let also = warnings > 0 ? " and \(String(counting: warnings, "warning"))" : ""
        return "\(program): \(command) failed with \(String(counting: errors, "error"))\(also) while \(error.stage.activity)"
    }

    /// The line at `location` and a caret under its column, behind a gutter holding the line number.
    func excerpt(at location: SourceLocation, _ severity: Diagnostic.Severity) -> [String]? {
        guard location.line >= 1, let text = source(location.file) else { return nil }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard location.line <= lines.count else { return nil }
        var line = String(lines[location.line - 1])
        if line.count > Self.widest { line = String(line.prefix(Self.widest)) + "…" }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        // Tabs stay tabs under the line, so that the caret lands under the same character.
        let indent = String(line.prefix(max(0, min(location.column - 1, line.count))).map { $0 == "\t" ? "\t" : " " })
        return [
            paint(" \(number) |", Colour.dim) + " " + line,
            paint(" \(gutter) |", Colour.dim) + " " + indent + paint("^", severity.colour),
        ]
    }

    /// Long lines (minified text, a table row) are cut in the excerpt.
    public static let widest = 160

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    enum Colour {
        static let red = "1;31", yellow = "1;33", bold = "1", dim = "2"
    }

    /// Reads a file named by a location, relative to the current folder.
    public static let readFile: @Sendable (String) -> String? = { path in
        FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }
}

extension Diagnostic.Severity {
    var colour: String { self == .error ? DiagnosticRenderer.Colour.red : DiagnosticRenderer.Colour.yellow }
}
