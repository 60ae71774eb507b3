import Bank
import DeepLearning

/// Runs an exercise's computations on the engine for one variant's values.
struct ComputationRunner {
    var model: YAMLValue?
    var seed: UInt64

    /// The computed values by name; each computation may read the values of those before it.
    func run(_ computations: [Computation], scope: [String: Value]) throws(EvaluationError) -> [String: Value] {
        var results: [String: Value] = [:]
        var values = scope
        var built: [String: Model] = [:]
        for computation in computations {
            let args = Arguments(values: computation.arguments, scope: values, context: "computation `\(computation.name)`")
            let value: Value
            if computation.kind.needsModel {
                let name = try args.word("model", default: "")
                // Training changes the weights: it gets a model of its own, so that the other
                // computations see the weights as declared, whatever their order.
                let model: Model
                if computation.kind == .train {
                    model = try buildModel(name, values)
                } else {
                    if built[name] == nil { built[name] = try buildModel(name, values) }
                    model = built[name]!
                }
                value = try ModelComputations(model: model, arguments: args).run(computation.kind)
            } else {
                value = try StandaloneComputations(arguments: args, seed: seed).run(computation.kind)
            }
            results[computation.name] = value
            values[computation.name] = value
        }
        return results
    }

    /// The model itself, or with several models (`model: {A: {…}, B: {…}}`) the one named.
    private func buildModel(_ name: String, _ scope: [String: Value]) throws(EvaluationError) -> Model {
        guard let model, let map = model.mapping else {
            throw EvaluationError(message: "this exercise computes on a model but declares no `model:`")
        }
        let single = map["layers"] != nil || map["input"] != nil
            || map["rnn"]?["w"] != nil || map["residual"]?["dimension"] != nil
        if single { return try Model.build(model, scope: scope, seed: seed) }
        let names = map.keys.sorted()
        let chosen = name.isEmpty && names.count == 1 ? names[0] : name
        guard let spec = map[chosen] else {
            throw EvaluationError(message: name.isEmpty
                ? "the exercise has several models (\(names.joined(separator: ", "))); say which with `model: NAME`"
                : "no model `\(name)`" + Expression.hint(name, among: names) + " (models: \(names.joined(separator: ", ")))")
        }
        return try Model.build(spec, scope: scope, seed: seed ^ stableHash(chosen))
    }
}
