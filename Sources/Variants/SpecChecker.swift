import Bank

/// Checks the compiled `model:` and `compute:` against their option tables before any draw:
/// unknown keys (with a did-you-mean and the allowed keys), missing keys, words outside their
/// list, constants outside their range, expressions that read unknown names or call functions
/// wrongly. Every problem is a diagnostic at the key it is about.
struct SpecChecker {
    var diagnostics: [Diagnostic] = []

    mutating func error(at location: SourceLocation, _ message: String) {
        diagnostics.append(.error(at: location, message))
    }

    /// Checks the keys of `spec` against `table`; `known` are the names its expressions may read.
    mutating func check(_ spec: SpecValue, against table: OptionTable, known: Set<String>) {
        guard let map = spec.keys else {
            error(at: spec.location, "\(table.what) takes keys such as `\(table.keys.first ?? "")`: write `{\(table.keys.prefix(2).map { "\($0): …" }.joined(separator: ", "))}`")
            return
        }
        for key in map.keys.sorted() where table[key] == nil {
            unknownKey(key, at: map[key]!.location, in: table.what, allowed: table.keys)
        }
        let missing = table.options.filter { $0.required && map[$0.key] == nil }.map { "`\($0.key)`" }
        if !missing.isEmpty {
            error(at: spec.location, "\(table.what) needs \(missing.joined(separator: " and "))")
        }
        for option in table.options {
            if let value = map[option.key] { check(value, option, in: table.what, known: known) }
        }
    }

    mutating func unknownKey(_ key: String, at location: SourceLocation, in what: String, allowed: [String]) {
        error(at: location, "unknown key `\(key)` in \(what)" + Suggestion.hint(for: key, among: allowed)
              + " (allowed: \(allowed.joined(separator: ", ")))")
    }

    private mutating func check(_ value: SpecValue, _ option: Option, in what: String, known: Set<String>) {
        let key = option.key
        switch option.kind {
        case .number, .positive, .integer:
            guard case .scalar = value.form else {
                error(at: value.location, "`\(key)` in \(what) must be \(option.kind.description)")
                return
            }
            expression(value, key: key, in: what, known: known, kind: option.kind)
        case .valuesOrWord(let words) where value.text.map(words.contains) ?? false:
            return
        case .values, .valuesOrWord:
            switch value.form {
            case .scalar: expression(value, key: key, in: what, known: known, kind: option.kind)
            case .list(let items):
                for item in items {
                    for cell in item.list ?? [item] { expression(cell, key: key, in: what, known: known, kind: .number) }
                }
            case .keys: error(at: value.location, "`\(key)` in \(what) must be \(option.kind.description)")
            }
        case .word(let words):
            word(value, key: key, in: what, words: words, known: known)
        case .integerOrWord(_, let words):
            if let text = value.text, words.contains(text) { return }
            expression(value, key: key, in: what, known: known, kind: option.kind)
        case .function:
            expression(value, key: key, in: what, known: known.union(["x"]), kind: .number)
        case .list:
            guard let items = value.list, !items.isEmpty else {
                error(at: value.location, "`\(key)` in \(what) must be \(option.kind.description)")
                return
            }
            for item in items { expression(item, key: key, in: what, known: known, kind: .values) }
        case .name:
            if value.text == nil { error(at: value.location, "`\(key)` in \(what) must be a name") }
        }
    }

    /// An expression that must read only known names; a constant is checked against the range.
    private mutating func expression(_ value: SpecValue, key: String, in what: String, known: Set<String>, kind: OptionKind) {
        guard case .scalar(let text, let parsed) = value.form else {
            error(at: value.location, "`\(key)` in \(what) must be \(kind.description)")
            return
        }
        let expression: Expression
        switch parsed {
        case .success(let e): expression = e
        case .failure(let failure):
            error(at: value.location, "cannot read `\(key): \(text)` in \(what): \(failure)")
            return
        }
        let problems = expression.problems(known: known)
        for problem in problems { error(at: value.location, "`\(key): \(text)` in \(what): \(problem)") }
        guard problems.isEmpty, expression.names.isEmpty, case .number(let x)? = try? expression.evaluate(in: [:]) else { return }
        if !x.isFinite {
            error(at: value.location, "`\(key)` in \(what) is \(ValueFormat.default.format(x)), not a finite number")
        }
        switch kind {
        case .positive where !(x > 0):
            error(at: value.location, "`\(key)` in \(what) must be greater than 0, got \(text)")
        case .integer(let range), .integerOrWord(let range, _):
            if x != x.rounded() || x < Double(range.lowerBound) || x > Double(range.upperBound) {
                error(at: value.location, "`\(key)` in \(what) must be a whole number \(OptionKind.rangeText(range)), got \(text)")
            }
        default: break
        }
    }

    /// A word from the list, or a name that holds one (checked per draw).
    private mutating func word(_ value: SpecValue, key: String, in what: String, words: [String], known: Set<String>) {
        guard let text = value.text else {
            error(at: value.location, "`\(key)` in \(what) must be \(OptionKind.word(words).description)")
            return
        }
        if words.contains(text) || known.contains(text) { return }
        error(at: value.location, "`\(key)` in \(what) must be \(OptionKind.word(words).description), got `\(text)`"
              + Suggestion.hint(for: text, among: words))
    }
}
