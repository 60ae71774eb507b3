/// The diagnostics of a stage that could not finish: at least one of them is an error, or, with
/// `--strict`, a warning.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var stage: Stage
    public var diagnostics: [Diagnostic]

    public init(stage: Stage, diagnostics: [Diagnostic]) {
        self.stage = stage
        self.diagnostics = diagnostics.sorted(by: Diagnostic.inReadingOrder)
    }

    /// One finding that stopped a stage.
    public init(_ diagnostic: Diagnostic) {
        self.init(stage: diagnostic.stage ?? .load, diagnostics: [diagnostic])
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// Every diagnostic, then "build failed with 2 errors while reading the bank": what the renderer
    /// prints without colour or source lines.
    public var description: String {
        DiagnosticRenderer(excerpts: false).render(self)
    }
}
