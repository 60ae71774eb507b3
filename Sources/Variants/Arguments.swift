import Bank

/// Reads the arguments of a computation or a layer: scalars are expressions over the parameters,
/// lists are literal vectors or matrices.
struct Arguments {
    var values: [String: YAMLValue]
    var scope: [String: Value]
    /// What is being read, for messages: "computation `rf`", "layer 2 (conv2d)".
    var context: String

    func has(_ key: String) -> Bool { values[key] != nil }

    func value(_ key: String) throws(EvaluationError) -> Value {
        guard let yaml = values[key] else { throw EvaluationError(message: "\(context) needs `\(key)`") }
        switch yaml {
        case .scalar(let text):
            do {
                return try Expression.parse(text).evaluate(in: scope)
            } catch let error as ExpressionError {
                throw EvaluationError(message: "\(context): cannot read `\(key): \(text)`: \(error)")
            } catch let error as EvaluationError {
                throw EvaluationError(message: "\(context): `\(key)`: \(error.message)")
            } catch {
                throw EvaluationError(message: "\(context): `\(key)`: \(error)")
            }
        case .sequence(let items):
            let rows = try items.map { (item) throws(EvaluationError) -> [Double] in
                if let row = item.sequence {
                    return try row.map { (cell) throws(EvaluationError) in try number(of: cell, key: key) }
                }
                return [try number(of: item, key: key)]
            }
            return items.allSatisfy({ $0.sequence == nil }) ? .vector(rows.map { $0[0] }) : .matrix(rows)
        case .mapping:
            throw EvaluationError(message: "\(context): cannot read `\(key)` as a number, vector or matrix")
        }
    }

    /// One entry of a written list: a number, or an expression over the parameters.
    private func number(of item: YAMLValue, key: String) throws(EvaluationError) -> Double {
        guard let text = item.scalar else { throw EvaluationError(message: "\(context): `\(key)` holds a list inside a list inside a list") }
        if let x = Double(text) { return x }
        let value: Value
        do { value = try Expression.parse(text).evaluate(in: scope) } catch let error as EvaluationError {
            throw EvaluationError(message: "\(context): `\(key)`: \(error.message)")
        } catch {
            throw EvaluationError(message: "\(context): `\(key)`: cannot read `\(text)`: \(error)")
        }
        guard let x = value.number else { throw EvaluationError(message: "\(context): `\(key)` entry `\(text)` is not a number") }
        return x
    }

    func number(_ key: String, default fallback: Double? = nil) throws(EvaluationError) -> Double {
        if !has(key), let fallback { return fallback }
        guard let x = try value(key).number else { throw EvaluationError(message: "\(context): `\(key)` must be a number") }
        return x
    }

    func integer(_ key: String, default fallback: Int? = nil) throws(EvaluationError) -> Int {
        let x = try number(key, default: fallback.map(Double.init))
        guard x == x.rounded(), abs(x) < 1e9 else { throw EvaluationError(message: "\(context): `\(key)` must be a whole number, got \(x)") }
        return Int(x)
    }

    func vector(_ key: String) throws(EvaluationError) -> [Double] {
        let v = try value(key)
        if case .vector(let numbers) = v { return numbers }
        if case .number(let x) = v { return [x] }
        throw EvaluationError(message: "\(context): `\(key)` must be a vector")
    }

    func matrix(_ key: String) throws(EvaluationError) -> [[Double]] {
        switch try value(key) {
        case .matrix(let m): return m
        case .vector(let v): return [v]
        case .number(let x): return [[x]]
        case .text: throw EvaluationError(message: "\(context): `\(key)` must be a matrix")
        }
    }

    func word(_ key: String, default fallback: String? = nil) throws(EvaluationError) -> String {
        guard let yaml = values[key] else {
            if let fallback { return fallback }
            throw EvaluationError(message: "\(context) needs `\(key)`")
        }
        if let text = yaml.scalar, case .text(let word)? = scope[text] { return word }
        guard let text = yaml.scalar else { throw EvaluationError(message: "\(context): `\(key)` must be a word") }
        return text
    }

    func mapping(_ key: String) -> Arguments? {
        values[key]?.mapping.map { Arguments(values: $0, scope: scope, context: "\(context), `\(key)`") }
    }
}
