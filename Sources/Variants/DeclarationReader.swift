import Bank

/// Reads `parameters:`, `derived:`, `constraints:`, `compute:` and `checks:` from YAML as written,
/// collecting a diagnostic at the key of every problem.
struct DeclarationReader {
    var exercise: Exercise
    var diagnostics: [Diagnostic] = []

    private var declarations: ParameterDeclarations { exercise.metadata.declarations }

    private mutating func error(_ key: String, _ message: String) {
        diagnostics.append(.error(at: exercise.metadata.keyLocations[key], message))
    }

    mutating func definitions() -> [String: ParameterDefinition] {
        var found: [String: ParameterDefinition] = [:]
        for (name, yaml) in declarations.parameters.sorted(by: { $0.key < $1.key }) {
            guard Self.isName(name) else {
                error("parameters.\(name)", "parameter name `\(name)` must start with a letter and hold only letters, digits and _")
                continue
            }
            if let definition = definition(yaml, key: "parameters.\(name)") { found[name] = definition }
        }
        return found
    }

    static let kinds = ["choose", "integer", "real", "vector", "matrix"]

    private mutating func definition(_ yaml: YAMLValue, key: String) -> ParameterDefinition? {
        if yaml.mapping == nil {
            guard let value = Self.value(yaml) else { error(key, "cannot read `\(yaml)` as a value"); return nil }
            return .fixed(value)
        }
        let map = yaml.mapping!
        let allowed = Self.kinds + ["default", "step", "labels"]
        for key2 in map.keys.sorted() where !allowed.contains(key2) {
            error("\(key).\(key2)", "unknown key `\(key2)` in parameter definition" + Suggestion.hint(for: key2, among: allowed))
            return nil
        }
        let present = Self.kinds.filter { map[$0] != nil }
        guard present.count == 1, let kind = present.first else {
            error(key, "a parameter is defined by exactly one of \(Self.kinds.map { "`\($0)`" }.joined(separator: ", ")), such as `{integer: [1, 3]}`")
            return nil
        }
        var step: Double?
        if let written = map["step"] {
            guard let s = written.scalar.flatMap(Self.finite), s > 0 else { error("\(key).step", "`step` must be a number greater than 0, got `\(written)`"); return nil }
            step = s
        }
        switch kind {
        case "choose":
            guard let items = map["choose"]?.sequence, !items.isEmpty else { error("\(key).choose", "`choose` takes a non-empty list"); return nil }
            let values = items.compactMap(Self.value)
            guard values.count == items.count else { error("\(key).choose", "cannot read every entry of `choose` as a value"); return nil }
            if let labels = map["labels"], labels.mapping == nil { error("\(key).labels", "`labels` maps each value to its text: `{2: two, 3: three}`"); return nil }
            let labels = (map["labels"]?.mapping ?? [:]).compactMapValues(\.scalar)
            return .choose(values, labels: labels)
        case "integer", "real":
            if kind == "real" && step == nil { error(key, "a `real` parameter needs a `step`, so that every value prints cleanly"); return nil }
            guard let (lower, upper) = range(map[kind], key: "\(key).\(kind)", step: step ?? 1) else { return nil }
            return kind == "integer" ? .integer(lower: lower, upper: upper, step: step ?? 1) : .real(lower: lower, upper: upper, step: step ?? 1)
        case "vector", "matrix":
            guard let shape = map[kind]?.mapping else { error("\(key).\(kind)", "`\(kind)` takes a mapping such as `{length: 3, integer: [0, 5]}`"); return nil }
            let sizes = kind == "vector" ? ["length"] : ["rows", "columns"]
            let allowed = sizes + ["integer", "real", "step"]
            for entry in shape.keys.sorted() where !allowed.contains(entry) {
                error("\(key).\(kind).\(entry)", "unknown key `\(entry)` in `\(kind)`" + Suggestion.hint(for: entry, among: allowed) + " (allowed: \(allowed.joined(separator: ", ")))")
                return nil
            }
            guard (shape["integer"] != nil) != (shape["real"] != nil) else {
                error("\(key).\(kind)", "the entries of a \(kind) are drawn from exactly one of `integer: [lo, hi]` or `real: [lo, hi]` with `step:`")
                return nil
            }
            let entryKind = shape["integer"] != nil ? "integer" : "real"
            var entryStep = step
            if let written = shape["step"] {
                guard let s = written.scalar.flatMap(Self.finite), s > 0 else { error("\(key).\(kind).step", "`step` must be a number greater than 0, got `\(written)`"); return nil }
                entryStep = s
            }
            if entryKind == "real" && entryStep == nil {
                error("\(key).\(kind)", "`real` entries need a `step`, so that every value prints cleanly"); return nil
            }
            guard let (lower, upper) = range(shape[entryKind], key: "\(key).\(kind).\(entryKind)", step: entryStep ?? 1) else { return nil }
            var extents: [Int] = []
            for size in sizes {
                guard let n = shape[size]?.scalar.flatMap(Int.init), n > 0, n <= SpecLimits.extent else {
                    error("\(key).\(kind)", "a \(kind) needs `\(size)`, a whole number from 1 to \(SpecLimits.extent)"); return nil
                }
                extents.append(n)
            }
            guard extents.reduce(1, *) <= SpecLimits.elements else {
                error("\(key).\(kind)", "a \(extents.map(String.init).joined(separator: " × ")) matrix holds more than \(SpecLimits.elements) numbers (the limit)"); return nil
            }
            if kind == "vector" { return .vector(length: extents[0], lower: lower, upper: upper, step: entryStep ?? 1) }
            return .matrix(rows: extents[0], columns: extents[1], lower: lower, upper: upper, step: entryStep ?? 1)
        default:
            return nil
        }
    }

    /// `[lowest, highest]` with finite ends, whose grid of `step` is counted, never listed.
    private mutating func range(_ yaml: YAMLValue?, key: String, step: Double) -> (Double, Double)? {
        guard let list = yaml?.sequence, list.count == 2, let lo = list[0].scalar.flatMap(Self.finite),
              let hi = list[1].scalar.flatMap(Self.finite), lo <= hi else {
            error(key, "a range is written `[lowest, highest]` with finite numbers, lowest first, such as `[1, 5]`")
            return nil
        }
        guard ParameterDefinition.gridSize(lo, hi, step) <= ParameterDefinition.maximumGridSize, abs(lo) < 1e15, abs(hi) < 1e15 else {
            error(key, "the range holds more than 2^53 values or numbers beyond ±10^15 (the limits); narrow it or take a larger `step`")
            return nil
        }
        return (lo, hi)
    }

    /// A finite number, or nil (for words, and for `.inf` and `.nan`).
    static func finite(_ text: String) -> Double? {
        Double(text).flatMap { $0.isFinite ? $0 : nil }
    }

    mutating func defaults(for definitions: [String: ParameterDefinition]) -> [String: Value] {
        var defaults: [String: Value] = [:]
        for (name, definition) in definitions {
            let key = "parameters.\(name).default"
            if let yaml = declarations.parameters[name]?["default"] {
                guard let value = Self.value(yaml) else { error(key, "cannot read the default `\(yaml)`"); continue }
                if let problem = Self.outside(value, definition) { error(key, "the default `\(yaml)` \(problem)") }
                defaults[name] = value
            } else {
                defaults[name] = ParameterSampler.first(of: definition)
            }
        }
        return defaults
    }

    mutating func derivedInOrder(known: Set<String>) -> [(name: String, expression: Expression)] {
        inOrder(declarations.derived, key: "derived", known: known)
    }

    /// The results, in an order where each reads only known names and results before it; a
    /// result may not reuse the name of a parameter, derived or computed value.
    mutating func resultsInOrder(known: Set<String>) -> [(name: String, expression: Expression)] {
        for name in declarations.results.keys.sorted() where known.contains(name) {
            error("results.\(name)", "result `\(name)` has the name of a parameter, derived or computed value; give it a name of its own")
        }
        return inOrder(declarations.results.filter { !known.contains($0.key) }, key: "results", known: known)
    }

    /// Expressions by name (`derived:` or `results:`) parsed once and sorted so that each reads
    /// only `known` names and the ones before it; a cycle or an unknown name is an error.
    private mutating func inOrder(_ declared: [String: String], key: String, known: Set<String>) -> [(name: String, expression: Expression)] {
        let noun = key == "derived" ? "derived" : "result"
        var pending: [String: Expression] = [:]
        for (name, text) in declared {
            do { pending[name] = try Expression.parse(text) } catch {
                self.error("\(key).\(name)", "cannot read `\(text)`: \(error)")
                continue
            }
            for problem in pending[name]!.problems(known: known.union(declared.keys)) {
                self.error("\(key).\(name)", "\(noun) `\(name)`: \(problem)")
            }
        }
        var ordered: [(name: String, expression: Expression)] = []
        var available = known
        while !pending.isEmpty {
            guard let next = pending.keys.sorted().first(where: { pending[$0]!.names.isSubset(of: available) }) else {
                for name in pending.keys.sorted() {
                    let missing = pending[name]!.names.subtracting(available).sorted()
                    error("\(key).\(name)", "`\(name)` reads \(missing.map { "`\($0)`" }.joined(separator: ", ")), which is "
                          + (key == "derived" ? "neither a parameter nor derived before it" : "neither a parameter, derived or computed value nor a result before it")
                          + " (or the definitions go round in a circle)")
                }
                break
            }
            ordered.append((next, pending.removeValue(forKey: next)!))
            available.insert(next)
        }
        return ordered
    }

    /// Constraints or checks, parsed once; each may read only `known` names.
    mutating func expressions(_ texts: [String], key: String, known: Set<String>) -> [(text: String, expression: Expression)] {
        texts.enumerated().compactMap { index, text in
            let expression: Expression
            do { expression = try Expression.parse(text) } catch {
                self.error("\(key)[\(index)]", "cannot read `\(text)`: \(error)")
                return nil
            }
            for problem in expression.problems(known: known) { self.error("\(key)[\(index)]", "`\(text)`: \(problem)") }
            return (text, expression)
        }
    }

    /// The model, compiled and checked against the keys of its kind and layers; its values may
    /// read `known` names (parameters and derived values).
    mutating func model(known: Set<String>) -> ModelSpec? {
        guard let yaml = declarations.model else { return nil }
        let model = ModelSpec(SpecValue(yaml, path: "model", locations: exercise.metadata.keyLocations))
        var checker = SpecChecker()
        model.check(into: &checker, known: known)
        diagnostics += checker.diagnostics
        return model
    }

    /// The computations in the order the file lists them, so that each may read those above it,
    /// each checked against the arguments its kind takes.
    mutating func computations(known: Set<String>) -> [Computation] {
        let locations = exercise.metadata.keyLocations
        let listed = declarations.compute.keys.sorted { (locations["compute.\($0)"], $0) < (locations["compute.\($1)"], $1) }
        var available = known
        var checker = SpecChecker()
        var found: [Computation] = []
        for name in listed {
            let spec = SpecValue(declarations.compute[name]!, path: "compute.\(name)", locations: locations)
            switch Computation.read(name: name, spec: spec) {
            case .success(let computation):
                let arguments = computation.arguments ?? SpecValue(form: .keys([:]), location: computation.location, path: spec.path)
                checker.check(arguments, against: computation.kind.table, known: available)
                found.append(computation)
            case .failure(let failure):
                diagnostics.append(.error(at: failure.location ?? spec.location, failure.message))
            }
            available.insert(name)
        }
        diagnostics += checker.diagnostics
        return found
    }

    /// Why a default is not one of the values the definition draws, or nil when it is.
    static func outside(_ value: Value, _ definition: ParameterDefinition) -> String? {
        func grid(_ numbers: [Double]?, _ count: Int, _ l: Double, _ u: Double, _ s: Double) -> String? {
            guard let numbers, numbers.count == count else { return "does not have the shape the definition draws" }
            let off = numbers.filter { !ParameterDefinition.gridContains(l, u, s, $0) }
            return off.isEmpty ? nil : "is outside the range [\(ValueFormat.shortest(l)), \(ValueFormat.shortest(u))] in steps of \(ValueFormat.shortest(s))"
        }
        switch (definition, value) {
        case (.choose(let values, _), _):
            return values.contains(value) ? nil : "is not one of the values of `choose`"
        case (.integer(let l, let u, let s), .number), (.real(let l, let u, let s), .number):
            return grid(value.numbers, 1, l, u, s)
        case (.vector(let n, let l, let u, let s), .vector):
            return grid(value.numbers, n, l, u, s)
        case (.matrix(let r, let c, let l, let u, let s), .matrix(let m)):
            return m.count == r ? grid(value.numbers, r * c, l, u, s) : "does not have the shape the definition draws"
        case (.fixed, _):
            return "is given for a fixed value"
        default:
            return "does not have the shape the definition draws"
        }
    }

    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// A YAML value as a number, word, vector or matrix.
    static func value(_ yaml: YAMLValue) -> Value? {
        switch yaml {
        case .scalar(let text): return finite(text).map(Value.number) ?? .text(text)
        case .sequence(let items):
            guard items.count <= SpecLimits.extent else { return nil }
            if let numbers = items.map({ $0.scalar.flatMap(finite) }) as? [Double] { return .vector(numbers) }
            let rows = items.compactMap { $0.sequence?.compactMap { $0.scalar.flatMap(finite) } }
            guard rows.count == items.count, let width = rows.first?.count, width > 0,
                  zip(rows, items).allSatisfy({ $0.count == width && $1.sequence?.count == width }) else { return nil }
            return .matrix(rows)
        case .mapping: return nil
        }
    }
}
