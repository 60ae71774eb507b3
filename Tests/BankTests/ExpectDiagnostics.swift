import Testing
@testable import Bank

extension Fixture {
    /// Expects loading and validating the fixture to report exactly `expected`, in this order.
    func expectDiagnostics(_ expected: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(try diagnostics() == expected, sourceLocation: sourceLocation)
    }
}
