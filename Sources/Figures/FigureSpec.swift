import Yams

/// A value of a figure spec (the YAML inside a ```figure block) with its position, read with
/// checks that turn every mistake into a ``FigureError`` at the offending line and column.
struct SpecValue {
    let node: Node
    /// Where the value sits, for messages: `layers[2].kernel`.
    let path: String

    var line: Int { node.mark?.line ?? 1 }
    var column: Int { node.mark?.column ?? 1 }

    func error(_ message: String) -> FigureError {
        FigureError(line: line, column: column, message: message)
    }

    /// The value as a mapping whose keys must all be in `allowed`.
    func mapping(allowed: [String]) throws -> SpecMapping {
        guard case .mapping(let mapping) = node else {
            throw error("`\(path)` should be keys with values (`key: value`)")
        }
        var entries: [(key: String, keyNode: Node, value: SpecValue)] = []
        for (key, value) in mapping {
            guard let name = key.string else { throw SpecValue(node: key, path: path).error("keys must be text") }
            guard allowed.contains(name) else {
                let hint = DidYouMean.hint(for: name, among: allowed)
                throw SpecValue(node: key, path: path).error(
                    "unknown key `\(name)`\(path.isEmpty ? "" : " in `\(path)`")\(hint)\(hint.isEmpty ? " (allowed: \(allowed.joined(separator: ", ")))" : "")")
            }
            entries.append((name, key, SpecValue(node: value, path: path.isEmpty ? name : "\(path).\(name)")))
        }
        return SpecMapping(value: self, entries: entries)
    }

    /// The value as text (numbers are accepted as their text).
    func string() throws -> String {
        guard case .scalar(let scalar) = node else { throw error("`\(path)` should be text") }
        return scalar.string
    }

    /// The value as a whole number within `range`.
    func int(in range: ClosedRange<Int> = Int.min...Int.max) throws -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string.replacingOccurrences(of: "_", with: "")) else {
            throw error("`\(path)` should be a whole number")
        }
        guard range.contains(value) else {
            throw error("`\(path)` is \(value); it should be \(Self.describe(range))")
        }
        return value
    }

    /// The value as a finite number.
    func double() throws -> Double {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
            throw error("`\(path)` should be a number")
        }
        return value
    }

    /// The value as a list (a single value counts as a list of one).
    func list() throws -> [SpecValue] {
        switch node {
        case .sequence(let sequence):
            return sequence.enumerated().map { SpecValue(node: $1, path: "\(path)[\($0)]") }
        case .scalar, .mapping:
            throw error("`\(path)` should be a list, such as `[a, b]` or lines starting with `- `")
        default:
            throw error("`\(path)` should be a list")
        }
    }

    /// The value as a pair of numbers `[low, high]` with low < high.
    func range() throws -> ClosedRange<Double> {
        let items = try list()
        guard items.count == 2 else { throw error("`\(path)` should be two numbers `[from, to]`") }
        let low = try items[0].double(), high = try items[1].double()
        guard low < high else { throw error("`\(path)`: \(low) is not below \(high)") }
        return low...high
    }

    /// The value as a boolean.
    func bool() throws -> Bool {
        guard case .scalar(let scalar) = node else { throw error("`\(path)` should be `true` or `false`") }
        switch scalar.string {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error("`\(path)` should be `true` or `false`")
        }
    }

    /// The value as one of `choices`.
    func choice(_ choices: [String]) throws -> String {
        let text = try string()
        guard choices.contains(text) else {
            let hint = DidYouMean.hint(for: text, among: choices)
            throw error("`\(path)`: unknown value `\(text)`\(hint)\(hint.isEmpty ? " (one of: \(choices.joined(separator: ", ")))" : "")")
        }
        return text
    }

    private static func describe(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max { return "at least \(range.lowerBound)" }
        return "between \(range.lowerBound) and \(range.upperBound)"
    }
}

/// A mapping of a figure spec whose keys have been checked.
struct SpecMapping {
    let value: SpecValue
    let entries: [(key: String, keyNode: Node, value: SpecValue)]

    /// The value of `key`, if written.
    subscript(_ key: String) -> SpecValue? { entries.first { $0.key == key }?.value }

    /// The value of `key`, or an error at the mapping saying it is missing.
    func required(_ key: String) throws -> SpecValue {
        guard let found = self[key] else {
            throw value.error("missing key `\(key)`\(value.path.isEmpty ? "" : " in `\(value.path)`")")
        }
        return found
    }

    /// The optional text of `key`.
    func string(_ key: String) throws -> String? { try self[key]?.string() }
}

/// The parsed top level of a figure spec: its kind and its keys.
struct FigureSpec {
    /// Every figure kind, with the keys it accepts (besides `kind` and `caption`).
    static let kinds: [String: [String]] = [
        "network": NetworkDiagram.keys,
        "rnn": RNNDiagram.keys,
        "cnn": CNNStack.keys,
        "graph": ComputationGraph.keys,
        "activation_plot": ActivationPlot.keys,
        "gradient_ratio_plot": GradientRatioPlot.keys,
        "loss_curve": LossCurvePlot.keys,
    ]

    let kind: String
    let keys: SpecMapping
    let caption: String?

    /// Reads the YAML text of a block.
    init(_ yaml: String) throws {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else {
                throw FigureError(line: 1, column: 1, message: "empty figure: write at least `kind:` (one of: \(Self.kinds.keys.sorted().joined(separator: ", ")))")
            }
            root = composed
        } catch let error as FigureError {
            throw error
        } catch let error as YamlError {
            throw Self.figureError(for: error)
        } catch {
            throw FigureError(line: 1, column: 1, message: "cannot read the figure spec as YAML: \(error)")
        }
        let top = SpecValue(node: root, path: "")
        guard case .mapping(let mapping) = root else { throw top.error("a figure spec is keys with values, starting with `kind:`") }
        guard let kindNode = mapping["kind"] else { throw top.error("missing key `kind` (one of: \(Self.kinds.keys.sorted().joined(separator: ", ")))") }
        kind = try SpecValue(node: kindNode, path: "kind").choice(Self.kinds.keys.sorted())
        keys = try top.mapping(allowed: ["kind", "caption"] + Self.kinds[kind]!)
        caption = try keys.string("caption")
    }

    private static func figureError(for error: YamlError) -> FigureError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return FigureError(line: mark.line, column: mark.column, message: "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return FigureError(line: context.mark.line, column: context.mark.column, message: "duplicate key \(duplicates.map { "`\($0)`" }.joined(separator: ", "))")
        default:
            return FigureError(line: 1, column: 1, message: "invalid YAML: \(error)")
        }
    }
}
