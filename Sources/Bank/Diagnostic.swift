/// One finding about the bank, printed as `file:line:col: error: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The diagnostics of a stage that could not finish: at least one of them is an error.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var stage: String
    public var diagnostics: [Diagnostic]

    public init(stage: String, diagnostics: [Diagnostic]) {
        self.stage = stage
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    public var description: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let lines = diagnostics.map(\.description).joined(separator: "\n")
        return "\(lines)\n\(stage) failed with \(errors) error\(errors == 1 ? "" : "s")"
    }
}
