import Bank
import Foundation

/// Everything an exercise declares, compiled and checked once at load, before any draw:
/// parameter definitions, defaults, derived values, constraints, the model, the computations,
/// the checks and every placeholder of its text.
public struct ParameterSpace: Sendable {
    public var exerciseID: String
    public var definitions: [String: ParameterDefinition]
    /// The values of the exam as given (and of the site's version of the exercise).
    public var defaults: [String: Value]
    /// Derived values in an order where each reads only values before it.
    public var derived: [(name: String, expression: Expression)]
    public var constraints: [(text: String, expression: Expression)]
    var model: ModelSpec?
    public var computations: [Computation]
    /// Values formed from the computed ones, in an order where each reads only values before it.
    public var results: [(name: String, expression: Expression)]
    public var checks: [(text: String, expression: Expression)]
    /// The placeholders of the stem, questions, answers and rubrics, by what the brackets hold.
    var placeholders: PlaceholderTable
    var locations: KeyLocations

    /// Whether there is nothing to draw, compute, check or fill in.
    public var isEmpty: Bool {
        definitions.isEmpty && derived.isEmpty && model == nil && computations.isEmpty && results.isEmpty && checks.isEmpty
            && constraints.isEmpty && placeholders.isEmpty
    }

    /// Reads the declarations of an exercise; every problem is a diagnostic at its key.
    public init(_ exercise: Exercise) throws(DiagnosticError) {
        var reader = DeclarationReader(exercise: exercise)
        exerciseID = exercise.id
        definitions = reader.definitions()
        defaults = reader.defaults(for: definitions)
        let labels = definitions.compactMap { name, definition -> String? in
            if case .choose(_, let labels) = definition, !labels.isEmpty { return "\(name)_label" }
            return nil
        }
        let drawn = Set(definitions.keys).union(labels)
        derived = reader.derivedInOrder(known: drawn)
        let parameters = drawn.union(exercise.metadata.declarations.derived.keys)
        constraints = reader.expressions(exercise.metadata.declarations.constraints, key: "constraints", known: parameters)
        model = reader.model(known: parameters)
        computations = reader.computations(known: parameters)
        let computed = parameters.union(computations.map(\.name))
        results = reader.resultsInOrder(known: computed)
        let everything = computed.union(results.map(\.name))
        checks = reader.expressions(exercise.metadata.declarations.checks, key: "checks", known: everything)
        var placeholders = PlaceholderTable()
        for text in Self.texts(of: exercise) {
            Placeholders.compile(text, known: everything, into: &placeholders, diagnostics: &reader.diagnostics)
        }
        self.placeholders = placeholders
        locations = exercise.metadata.keyLocations
        if !reader.diagnostics.isEmpty {
            throw DiagnosticError(stage: .compute, diagnostics: reader.diagnostics)
        }
    }

    /// Every text of the exercise that may hold placeholders.
    static func texts(of exercise: Exercise) -> [MarkdownText] {
        var texts = exercise.stem.map { [$0] } ?? []
        for part in exercise.parts {
            texts += [part.question, part.answer] + part.rubric.map(\.criterion)
            texts += part.explanation.map { [$0] } ?? []
            texts += part.gradable?.texts ?? []
        }
        return texts
    }

    func location(_ key: String) -> SourceLocation { locations[key] }
}
