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
        let step = map["step"].flatMap { $0.scalar.flatMap(Double.init) }
        switch kind {
        case "choose":
            guard let items = map["choose"]?.sequence, !items.isEmpty else { error("\(key).choose", "`choose` takes a non-empty list"); return nil }
            let values = items.compactMap(Self.value)
            guard values.count == items.count else { error("\(key).choose", "cannot read every entry of `choose` as a value"); return nil }
            let labels = (map["labels"]?.mapping ?? [:]).compactMapValues(\.scalar)
            return .choose(values, labels: labels)
        case "integer", "real":
            guard let bounds = range(map[kind], key: "\(key).\(kind)") else { return nil }
            if kind == "real" && step == nil { error(key, "a `real` parameter needs a `step`, so that every value prints cleanly"); return nil }
            let s = step ?? 1
            guard s > 0 else { error("\(key).step", "`step` must be positive"); return nil }
            return kind == "integer" ? .integer(lower: bounds.0, upper: bounds.1, step: s) : .real(lower: bounds.0, upper: bounds.1, step: s)
        case "vector", "matrix":
            guard let shape = map[kind]?.mapping else { error("\(key).\(kind)", "`\(kind)` takes a mapping such as `{length: 3, integer: [0, 5]}`"); return nil }
            let entryKind = shape["integer"] != nil ? "integer" : "real"
            guard let bounds = range(shape[entryKind], key: "\(key).\(kind).\(entryKind)") else { return nil }
            let s = shape["step"].flatMap { $0.scalar.flatMap(Double.init) } ?? step ?? 1
            if kind == "vector" {
                guard let n = shape["length"]?.scalar.flatMap(Int.init), n > 0 else { error("\(key).vector", "a vector needs a positive `length`"); return nil }
                return .vector(length: n, lower: bounds.0, upper: bounds.1, step: s)
            }
            guard let r = shape["rows"]?.scalar.flatMap(Int.init), let c = shape["columns"]?.scalar.flatMap(Int.init), r > 0, c > 0 else {
                error("\(key).matrix", "a matrix needs positive `rows` and `columns`"); return nil
            }
            return .matrix(rows: r, columns: c, lower: bounds.0, upper: bounds.1, step: s)
        default:
            return nil
        }
    }

    private mutating func range(_ yaml: YAMLValue?, key: String) -> (Double, Double)? {
        guard let list = yaml?.sequence, list.count == 2, let lo = list[0].scalar.flatMap(Double.init),
              let hi = list[1].scalar.flatMap(Double.init), lo <= hi else {
            error(key, "a range is written `[lowest, highest]`, such as `[1, 5]`")
            return nil
        }
        return (lo, hi)
    }

    mutating func defaults(for definitions: [String: ParameterDefinition]) -> [String: Value] {
        var defaults: [String: Value] = [:]
        for (name, definition) in definitions {
            let key = "parameters.\(name).default"
            if let yaml = declarations.parameters[name]?["default"] {
                guard let value = Self.value(yaml) else { error(key, "cannot read the default `\(yaml)`"); continue }
                defaults[name] = value
            } else {
                defaults[name] = ParameterSampler.first(of: definition)
            }
        }
        return defaults
    }

    mutating func derivedInOrder(known: Set<String>) -> [(name: String, expression: Expression)] {
        var pending: [String: Expression] = [:]
        for (name, text) in declarations.derived {
            do { pending[name] = try Expression.parse(text) } catch {
                self.error("derived.\(name)", "cannot read `\(text)`: \(error)")
            }
        }
        var ordered: [(name: String, expression: Expression)] = []
        var available = known
        while !pending.isEmpty {
            guard let next = pending.keys.sorted().first(where: { pending[$0]!.names.subtracting(Set(Functions.names)).isSubset(of: available) }) else {
                for name in pending.keys.sorted() {
                    let missing = pending[name]!.names.subtracting(available).sorted()
                    error("derived.\(name)", "`\(name)` reads \(missing.map { "`\($0)`" }.joined(separator: ", ")), which is neither a parameter nor derived before it (or the definitions go round in a circle)")
                }
                break
            }
            ordered.append((next, pending.removeValue(forKey: next)!))
            available.insert(next)
        }
        return ordered
    }

    mutating func expressions(_ texts: [String], key: String) -> [(text: String, expression: Expression)] {
        texts.enumerated().compactMap { index, text in
            do { return (text, try Expression.parse(text)) } catch {
                self.error("\(key)[\(index)]", "cannot read `\(text)`: \(error)")
                return nil
            }
        }
    }

    /// The computations in the order the file lists them, so that each may read those above it.
    mutating func computations() -> [Computation] {
        let locations = exercise.metadata.keyLocations
        let listed = declarations.compute.keys.sorted { (locations["compute.\($0)"], $0) < (locations["compute.\($1)"], $1) }
        return listed.compactMap { name in
            let key = "compute.\(name)"
            switch Computation.read(name: name, yaml: declarations.compute[name]!) {
            case .success(let computation): return computation
            case .failure(let failure): error(key, failure.message); return nil
            }
        }
    }

    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// A YAML value as a number, word, vector or matrix.
    static func value(_ yaml: YAMLValue) -> Value? {
        switch yaml {
        case .scalar(let text): return Double(text).map(Value.number) ?? .text(text)
        case .sequence(let items):
            if let numbers = items.map({ $0.scalar.flatMap(Double.init) }) as? [Double] { return .vector(numbers) }
            let rows = items.compactMap { $0.sequence?.compactMap { $0.scalar.flatMap(Double.init) } }
            guard rows.count == items.count, let width = rows.first?.count, rows.allSatisfy({ $0.count == width }) else { return nil }
            return .matrix(rows)
        case .mapping: return nil
        }
    }
}
