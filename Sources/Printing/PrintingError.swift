import Diagnostics

/// A problem running one of the external programs printing needs, worded for the person at the terminal.
public enum PrintingError: Error, CustomStringConvertible, Sendable {
    /// The program is not installed (or not on `PATH`).
    case missing(tool: String, tried: [String], install: String)
    /// The program ran and failed.
    case failed(command: String, status: Int32, output: String)
    /// The program ran longer than allowed and was stopped.
    case timedOut(command: String, seconds: Double)
    /// The program exited normally but did not write what it should have.
    case noOutput(command: String, expected: String, output: String)
    /// Nothing to print.
    case nothingToPrint(String, hint: String? = nil)

    /// The problem as the one renderer prints it; the program's last lines of output are notes.
    public var diagnostic: Diagnostic {
        switch self {
        case .missing(let tool, let tried, let install):
            .error(.print, "\(tool) is not installed (looked for \(tried.map { "`\($0)`" }.joined(separator: ", ")) on PATH)",
                   hint: "install it with `\(install)`, or run Scripts/install-deps")
        case .failed(let command, let status, let output):
            .error(.print, "`\(command)` stopped with exit status \(status)", notes: Self.lines(output))
        case .timedOut(let command, let seconds):
            .error(.print, "`\(command)` did not finish within \(Int(seconds)) s and was stopped")
        case .noOutput(let command, let expected, let output):
            .error(.print, "`\(command)` did not write \(expected)", notes: Self.lines(output))
        case .nothingToPrint(let message, let hint):
            .error(.print, message, hint: hint)
        }
    }

    public var description: String { diagnostic.description }

    private static func lines(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init)
    }
}
