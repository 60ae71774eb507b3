import Bank
import Foundation

/// Everything an exercise declares about its parameters, read and checked once: definitions,
/// defaults, derived values, constraints, the computations and the checks.
public struct ParameterSpace: Sendable {
    public var exerciseID: String
    public var definitions: [String: ParameterDefinition]
    /// The values of the exam as given (and of the site's version of the exercise).
    public var defaults: [String: Value]
    /// Derived values in an order where each reads only values before it.
    public var derived: [(name: String, expression: Expression)]
    public var constraints: [(text: String, expression: Expression)]
    public var computations: [Computation]
    public var checks: [(text: String, expression: Expression)]
    var locations: KeyLocations

    public var isEmpty: Bool { definitions.isEmpty && derived.isEmpty && computations.isEmpty }

    /// Reads the declarations of an exercise; every problem is a diagnostic at its key.
    public init(_ exercise: Exercise) throws(DiagnosticError) {
        var reader = DeclarationReader(exercise: exercise)
        exerciseID = exercise.id
        definitions = reader.definitions()
        defaults = reader.defaults(for: definitions)
        derived = reader.derivedInOrder(known: Set(definitions.keys))
        constraints = reader.expressions(exercise.metadata.declarations.constraints, key: "constraints")
        computations = reader.computations()
        checks = reader.expressions(exercise.metadata.declarations.checks, key: "checks")
        locations = exercise.metadata.keyLocations
        if !reader.diagnostics.isEmpty {
            throw DiagnosticError(stage: .compute, diagnostics: reader.diagnostics)
        }
    }

    func location(_ key: String) -> SourceLocation { locations[key] }
}
