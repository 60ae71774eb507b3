import Bank
import DeepLearning

/// An exercise with one variant's parameters: its text filled in, its answers computed by the
/// engine and cross-checked.
public struct ExerciseVariant: Sendable {
    /// The exercise with every placeholder replaced.
    public var exercise: Exercise
    /// Drawn and derived values.
    public var parameters: [String: Value]
    /// Values computed by the engine, by the names under `compute:`, and the `results:` formed from them.
    public var computed: [String: Value]

    /// Makes the variant for `seed`, or the exercise as written (default parameters) when `seed` is nil.
    public static func make(_ exercise: Exercise, space: ParameterSpace, seed: UInt64?) throws(VariantError) -> ExerciseVariant {
        let parameters: [String: Value]
        if let seed {
            parameters = try ParameterSampler.sample(space, seed: seed)
        } else {
            parameters = try ParameterSampler.defaults(of: space)
        }
        let runner = ComputationRunner(models: space.model, seed: (seed ?? 0) ^ stableHash(exercise.id))
        var computed: [String: Value]
        do {
            computed = try runner.run(space.computations, scope: parameters)
        } catch {
            throw VariantError(exerciseID: exercise.id, location: error.location ?? space.location("model"), message: error.message, parameters: parameters)
        }
        for (name, expression) in space.results {
            let location = space.location("results.\(name)")
            let value: Value
            do { value = try expression.evaluate(in: parameters.merging(computed) { a, _ in a }) } catch {
                throw VariantError(exerciseID: exercise.id, location: location, message: "result `\(name)`: \(error.message)", parameters: parameters)
            }
            if let numbers = value.numbers, numbers.contains(where: { !$0.isFinite }) {
                throw VariantError(exerciseID: exercise.id, location: location, message: "result `\(name)` is \(value), not a finite number", parameters: parameters)
            }
            computed[name] = value
        }
        let scope = parameters.merging(computed) { a, _ in a }
        try CrossCheck.verify(space.checks, scope: scope, space: space, parameters: parameters)
        do {
            return ExerciseVariant(exercise: try fill(exercise, space, scope, seed: seed), parameters: parameters, computed: computed)
        } catch {
            var located = error
            located.parameters = parameters
            throw located
        }
    }

    /// The answer of every part, machine-readable, in printed order.
    public var answers: [PartAnswer] { exercise.parts.map(PartAnswer.init) }

    /// The exercise with every placeholder replaced by its value in `scope`, and its
    /// machine-gradable parts resolved: options shuffled by `seed`, numbers computed, proven sound.
    static func fill(_ exercise: Exercise, _ space: ParameterSpace?, _ scope: [String: Value], seed: UInt64?) throws(VariantError) -> Exercise {
        let gradable = GradableFill(scope: scope, placeholders: space?.placeholders ?? PlaceholderTable(), exerciseID: exercise.id, seed: seed ?? 0)
        guard let space else {
            var filled = exercise
            filled.parts = try exercise.parts.map { (part) throws(VariantError) in try gradable.fill(part) }
            return filled
        }
        var filled = exercise
        let id = exercise.id
        filled.stem = try exercise.stem.map { (t) throws(VariantError) in try Placeholders.substitute(t, scope, space.placeholders, exerciseID: id) }
        filled.parts = try exercise.parts.map { (part) throws(VariantError) in
            var p = part
            p.question = try Placeholders.substitute(part.question, scope, space.placeholders, exerciseID: id)
            p.answer = try Placeholders.substitute(part.answer, scope, space.placeholders, exerciseID: id)
            p.rubric = try part.rubric.map { (item) throws(VariantError) in
                RubricItem(points: item.points, criterion: try Placeholders.substitute(item.criterion, scope, space.placeholders, exerciseID: id))
            }
            return try gradable.fill(p)
        }
        return filled
    }
}
