import Bank
import DeepLearning

/// Runs an exercise's computations on the engine for one variant's values.
struct ComputationRunner {
    var models: ModelSpec?
    var seed: UInt64

    /// The computed values by name; each computation may read the values of those before it.
    /// Every model is built first, so that a model no computation reads is still checked.
    func run(_ computations: [Computation], scope: [String: Value]) throws(EvaluationError) -> [String: Value] {
        var built: [String: Model] = [:]
        for name in (models?.models.keys.sorted() ?? []) { built[name] = try buildModel(name, scope) }
        var results: [String: Value] = [:]
        var values = scope
        for computation in computations {
            let args = Arguments(computation.arguments, table: computation.kind.table, scope: values,
                                 context: "computation `\(computation.name)`", location: computation.location)
            let value: Value
            if computation.kind.needsModel {
                let name = try modelName(args)
                // Training changes the weights: it gets a model of its own, so that the other
                // computations see the weights as declared, whatever their order.
                let model = computation.kind == .train ? try buildModel(name, values) : built[name]!
                value = try ModelComputations(model: model, arguments: args).run(computation.kind)
            } else {
                value = try StandaloneComputations(arguments: args, seed: seed).run(computation.kind)
            }
            if let numbers = value.numbers, numbers.contains(where: { !$0.isFinite }) {
                throw args.error(nil, "the result is \(value), not a finite number")
            }
            results[computation.name] = value
            values[computation.name] = value
        }
        return results
    }

    /// The model a computation names with `model:`, or the only one.
    private func modelName(_ args: Arguments) throws(EvaluationError) -> String {
        guard let models, !models.models.isEmpty else {
            throw args.error(nil, "computes on a model but the exercise declares no `model:`")
        }
        let names = models.models.keys.sorted()
        if names == [""] {
            if args.has("model") { throw args.error("model", "the exercise has one model, without a name: leave out `model:`") }
            return ""
        }
        guard args.has("model") else {
            if names.count == 1 { return names[0] }
            throw args.error(nil, "the exercise has several models (\(names.joined(separator: ", "))); say which with `model: NAME`")
        }
        let name = try args.word("model")
        guard models.models[name] != nil else {
            throw args.error("model", "no model `\(name)`" + Expression.hint(name, among: names) + " (models: \(names.joined(separator: ", ")))")
        }
        return name
    }

    /// A model by name ("" for the only one): one built with `scope`'s values and its own seed.
    private func buildModel(_ name: String, _ scope: [String: Value]) throws(EvaluationError) -> Model {
        let spec = models!.models[name]!
        return try Model.build(spec, scope: scope, seed: name.isEmpty ? seed : seed ^ stableHash(name))
    }
}
