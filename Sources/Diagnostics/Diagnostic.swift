/// One finding, printed as `file:line:col: error: message` and, by `DiagnosticRenderer`, with the
/// offending source line, a caret under the column, a hint and notes.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    /// The stage that found it, when the finder knows; a `DiagnosticError` names its stage too.
    public var stage: Stage?
    /// Where, when the finding is about a place in a file; nil for a problem such as a busy port.
    public var location: SourceLocation?
    /// What is wrong, as a plain sentence without a trailing period.
    public var message: String
    /// What to do instead ("did you mean `points`?", "run `sitegen init`").
    public var hint: String?
    /// Further context, one line each.
    public var notes: [String]

    public init(_ severity: Severity, stage: Stage? = nil, at location: SourceLocation?, _ message: String,
                hint: String? = nil, notes: [String] = []) {
        self.severity = severity
        self.stage = stage
        self.location = location
        self.message = message
        self.hint = hint
        self.notes = notes
    }

    public static func error(at location: SourceLocation?, _ message: String, hint: String? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint, notes: notes)
    }

    public static func warning(at location: SourceLocation?, _ message: String, hint: String? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint, notes: notes)
    }

    /// A finding that is about no place in a file.
    public static func error(_ stage: Stage, _ message: String, hint: String? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, stage: stage, at: nil, message, hint: hint, notes: notes)
    }

    /// The first line: `file:line:col: severity: message`, or `severity: message` without a place.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }

    /// By file, line and column; findings about no place first; errors before warnings at one place.
    public static func inReadingOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case (.some(let x), .some(let y)) where x != y: return x < y
        default: return a.severity > b.severity
        }
    }
}
