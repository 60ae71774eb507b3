import Bank

/// `model:` compiled at load: one network, or several by name (`model: {A: {…}, B: {…}}`),
/// each checked against the keys its kind takes before any draw.
struct ModelSpec: Sendable {
    /// The models by name; a model written alone has the name "".
    var models: [String: SpecValue]

    static let kinds = ["input", "layers", "loss", "rnn", "residual"]

    static let sequentialTable = OptionTable("model", [.required("input", .values), .required("layers", .list), .optional("loss", .name)])
    static let rnnTable = OptionTable("model `rnn`", [
        .required("u", .number), .required("w", .number), .optional("v", .number),
        .optional("hidden", ActivationName.word), .optional("output", ActivationName.word),
        .optional("inputs", .values), .optional("steps", .integer(1...SpecLimits.steps)),
        .optional("hidden_bias", .number), .optional("output_bias", .number),
    ] + ActivationName.options)
    static let residualTable = OptionTable("model `residual`", [
        .required("dimension", .integer(SpecLimits.size)), .optional("hidden", .integer(SpecLimits.size)),
        .optional("depth", .integer(1...SpecLimits.layers)), .optional("activation", ActivationName.word),
        .optional("output_weights", .word(["zero", "random"])),
    ] + ActivationName.options)
    static let lossTables: [String: OptionTable] = [
        "cross_entropy": OptionTable("loss `cross_entropy`", [.required("target", .integer(0...SpecLimits.extent))]),
        "mse": OptionTable("loss `mse`", [.required("target", .values)]),
        "binary_cross_entropy": OptionTable("loss `binary_cross_entropy`", [.required("target", .values)]),
    ]

    /// Reads `model:`: several models when every value is itself a model (holds `input`,
    /// `layers`, `loss`, `rnn` or `residual`), else one.
    init(_ spec: SpecValue) {
        let keys = spec.keys ?? [:]
        let isModel = { (value: SpecValue) in value.keys?.keys.contains(where: Self.kinds.contains) ?? false }
        let single = keys.isEmpty || ["input", "layers", "loss"].contains { keys[$0] != nil } || !keys.values.allSatisfy(isModel)
        models = single ? ["": spec] : keys
    }

    /// The options of a layer as written: `{…}`, or a word for the layer's shorthand key.
    static func options(of recipe: any LayerRecipe, _ written: SpecValue) -> SpecValue? {
        if written.keys != nil { return written }
        guard let text = written.text, !text.isEmpty else { return nil }
        guard let key = recipe.shorthand else { return written }
        return SpecValue(form: .keys([key: written]), location: written.location, path: written.path)
    }

    /// Every problem of every model, before any draw; `known` are the names values may read.
    func check(into checker: inout SpecChecker, known: Set<String>) {
        for name in models.keys.sorted() {
            let spec = models[name]!
            guard let keys = spec.keys, !keys.isEmpty else {
                checker.error(at: spec.location, "model `\(name)` needs `input:` and `layers:`, or `rnn:` or `residual:`")
                continue
            }
            if let rnn = keys["rnn"] {
                only("rnn", in: keys, &checker)
                checker.check(rnn, against: Self.rnnTable, known: known)
            } else if let residual = keys["residual"] {
                only("residual", in: keys, &checker)
                checker.check(residual, against: Self.residualTable, known: known)
            } else {
                checkSequential(spec, keys, &checker, known: known)
            }
        }
    }

    private func only(_ kind: String, in keys: [String: SpecValue], _ checker: inout SpecChecker) {
        for key in keys.keys.sorted() where key != kind {
            checker.error(at: keys[key]!.location, "`\(key)` does not go with `\(kind)`: a model is `\(kind):` alone")
        }
    }

    private func checkSequential(_ spec: SpecValue, _ keys: [String: SpecValue], _ checker: inout SpecChecker, known: Set<String>) {
        let table = Self.sequentialTable
        for key in keys.keys.sorted() where table[key] == nil {
            checker.unknownKey(key, at: keys[key]!.location, in: "the model", allowed: Self.kinds)
        }
        guard let input = keys["input"], let layers = keys["layers"] else {
            checker.error(at: spec.location, "the model needs `input:` and `layers:` (or `rnn:` or `residual:`)")
            return
        }
        if input.keys != nil {
            checker.check(input, against: Model.inputTable, known: known)
        } else {
            checker.check(SpecValue(form: .keys(["input": input]), location: spec.location, path: spec.path),
                          against: OptionTable("the model", [.required("input", .values)]), known: known)
        }
        guard let items = layers.list, !items.isEmpty, items.count <= SpecLimits.layers else {
            checker.error(at: layers.location, "`layers` is a list of 1 to \(SpecLimits.layers) layers, each `- kind: {options}`")
            return
        }
        for (index, item) in items.enumerated() {
            guard let (kind, written) = item.single else {
                checker.error(at: item.location, "layer \(index + 1) is written `- kind: {options}`, kinds: \(LayerRecipes.names.joined(separator: ", "))")
                continue
            }
            guard let recipe = LayerRecipes.recipe(kind) else {
                checker.error(at: written.location, "unknown layer `\(kind)`" + Suggestion.hint(for: kind, among: LayerRecipes.names)
                              + " (known: \(LayerRecipes.names.joined(separator: ", ")))")
                continue
            }
            let options = Self.options(of: recipe, written)
                ?? SpecValue(form: .keys([:]), location: written.location, path: written.path)
            var table = recipe.table
            table.what = "layer \(index + 1) (\(kind))"
            checker.check(options, against: table, known: known)
            let missing = recipe.missing(among: Set(options.keys?.keys ?? [:].keys))
            if !missing.isEmpty {
                checker.error(at: options.location, "\(table.what) needs \(missing.map { "`\($0)`" }.joined(separator: " and "))")
            }
        }
        if let loss = keys["loss"] {
            guard let (kind, options) = loss.single, let lossTable = Self.lossTables[kind] else {
                let kinds = Self.lossTables.keys.sorted()
                let written = loss.single?.kind ?? loss.text ?? ""
                checker.error(at: loss.single?.options.location ?? loss.location,
                              "`loss` is `{kind: {target: …}}` with a kind among \(kinds.joined(separator: ", "))" + Suggestion.hint(for: written, among: kinds))
                return
            }
            checker.check(options, against: lossTable, known: known)
        }
    }
}
