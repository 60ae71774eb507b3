extension Diagnostic {
    /// The findings with one per source line and message, the first kept: the same warning of a
    /// line, found again in each variant made from it (where drawn numbers moved its column), is
    /// reported once.
    public static func oncePerLine(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        struct Key: Hashable {
            var file: String?
            var line: Int?
            var severity: Severity
            var message: String
        }
        var seen: Set<Key> = []
        return diagnostics.filter { diagnostic in
            seen.insert(Key(file: diagnostic.location?.file, line: diagnostic.location?.line,
                            severity: diagnostic.severity, message: diagnostic.message)).inserted
        }
    }
}
