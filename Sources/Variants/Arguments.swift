import Bank

/// Reads the options of a layer, a loss or a computation for one draw: compiled expressions
/// evaluated over the draw's values, checked against the option table's ranges and words. Every
/// error carries the place of the key it is about.
struct Arguments {
    var values: [String: SpecValue]
    var scope: [String: Value]
    var table: OptionTable
    /// What is being read, for messages: "computation `rf`", "layer 2 (conv2d)".
    var context: String
    /// Where the thing stands, for problems that no single key is responsible for.
    var location: SourceLocation

    init(_ spec: SpecValue?, table: OptionTable, scope: [String: Value], context: String, location: SourceLocation) {
        values = spec?.keys ?? [:]
        self.scope = scope
        self.table = table
        self.context = context
        self.location = spec?.location ?? location
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// An error about `key` (or about the whole thing when `key` is nil), at its place.
    func error(_ key: String?, _ message: String) -> EvaluationError {
        EvaluationError(message: "\(context): \(message)", at: key.flatMap { values[$0]?.location } ?? location)
    }

    func value(_ key: String) throws(EvaluationError) -> Value {
        guard let spec = values[key] else { throw EvaluationError(message: "\(context) needs `\(key)`", at: location) }
        return try value(of: spec, key: key)
    }

    private func value(of spec: SpecValue, key: String) throws(EvaluationError) -> Value {
        switch spec.form {
        case .scalar(let text, let parsed):
            do {
                let value = try parsed.get().evaluate(in: scope)
                if let numbers = value.numbers, numbers.contains(where: { !$0.isFinite }) {
                    throw EvaluationError(message: "`\(key): \(text)` is \(value), not a finite number")
                }
                return value
            } catch let error as ExpressionError {
                throw self.error(key, "cannot read `\(key): \(text)`: \(error)")
            } catch let error as EvaluationError {
                throw self.error(key, "`\(key)`: \(error.message)")
            } catch {
                throw self.error(key, "`\(key)`: \(error)")
            }
        case .list(let items):
            let rows = try items.map { (item) throws(EvaluationError) -> [Double] in
                if let row = item.list { return try row.map { (cell) throws(EvaluationError) in try number(of: cell, key: key) } }
                return [try number(of: item, key: key)]
            }
            if items.allSatisfy({ $0.list == nil }) { return .vector(rows.map { $0[0] }) }
            guard let width = rows.first?.count, width > 0, rows.allSatisfy({ $0.count == width }) else {
                throw error(key, "`\(key)`: every row of a matrix needs the same number of entries")
            }
            return .matrix(rows)
        case .keys:
            throw error(key, "cannot read `\(key)` as a number, vector or matrix")
        }
    }

    /// One entry of a written list: a number, or an expression over the parameters.
    private func number(of item: SpecValue, key: String) throws(EvaluationError) -> Double {
        guard item.text != nil else { throw error(key, "`\(key)` holds a list inside a list inside a list") }
        guard let x = try value(of: item, key: key).number else { throw error(key, "`\(key)` entry `\(item.text!)` is not a number") }
        return x
    }

    func number(_ key: String, default fallback: Double? = nil) throws(EvaluationError) -> Double {
        if !has(key), let fallback { return fallback }
        guard let x = try value(key).number else { throw error(key, "`\(key)` must be a number") }
        if case .positive = table[key]?.kind, !(x > 0) {
            throw error(key, "`\(key)` must be greater than 0, got \(ValueFormat.default.format(x))")
        }
        return x
    }

    /// A whole number within the range the option table gives the key.
    func integer(_ key: String, default fallback: Int? = nil) throws(EvaluationError) -> Int {
        if !has(key), let fallback { return fallback }
        let x = try number(key)
        let range: ClosedRange<Int> = switch table[key]?.kind {
        case .integer(let range)?, .integerOrWord(let range, _)?: range
        default: -1_000_000_000...1_000_000_000
        }
        guard x == x.rounded(), x >= Double(range.lowerBound), x <= Double(range.upperBound) else {
            throw error(key, "`\(key)` must be a whole number \(OptionKind.rangeText(range)), got \(ValueFormat.default.format(x))")
        }
        return Int(x)
    }

    func vector(_ key: String) throws(EvaluationError) -> [Double] {
        switch try value(key) {
        case .vector(let numbers): return numbers
        case .number(let x): return [x]
        default: throw error(key, "`\(key)` must be a vector")
        }
    }

    func matrix(_ key: String) throws(EvaluationError) -> [[Double]] {
        switch try value(key) {
        case .matrix(let m): return m
        case .vector(let v) where !v.isEmpty: return [v]
        case .number(let x): return [[x]]
        default: throw error(key, "`\(key)` must be a matrix")
        }
    }

    /// A word written out, or held by a name of the scope; it must be one the table allows.
    func word(_ key: String, default fallback: String? = nil) throws(EvaluationError) -> String {
        guard let spec = values[key] else {
            if let fallback { return fallback }
            throw EvaluationError(message: "\(context) needs `\(key)`", at: location)
        }
        guard let text = spec.text else { throw error(key, "`\(key)` must be a word") }
        var word = text
        if case .text(let held)? = scope[text] { word = held }
        let allowed: [String]? = switch table[key]?.kind {
        case .word(let words)?, .integerOrWord(_, let words)?, .valuesOrWord(let words)?: words
        default: nil
        }
        if let allowed, !allowed.contains(word) {
            throw error(key, "`\(key)` must be \(OptionKind.word(allowed).description), got `\(word)`" + Suggestion.hint(for: word, among: allowed))
        }
        return word
    }

    /// Whether `key` holds `word`, written out or held by a name (`padding: same`).
    func holds(_ key: String, word: String) -> Bool {
        guard let text = values[key]?.text else { return false }
        if case .text(let held)? = scope[text] { return held == word }
        return text == word
    }

    /// The options of a nested key, such as `rnn:` inside `model:`.
    func nested(_ key: String, table: OptionTable, context: String) -> Arguments? {
        values[key].map { Arguments($0, table: table, scope: scope, context: context, location: $0.location) }
    }
}
