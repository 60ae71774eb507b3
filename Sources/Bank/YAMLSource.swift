import Yams

/// YAML text from a bank file, decoded into a model type with errors that point into the file.
struct YAMLSource {
    var file: String
    var text: String
    /// The file line on which `text` starts (front matter starts after its `---` line).
    var firstLine: Int = 1

    /// Decodes `T` with the location of every key (`exercises[2].id`), or the diagnostics that say
    /// where and why it failed.
    func decode<T: Decodable>(_ type: T.Type, what: String) -> Result<(T, KeyLocations), DiagnosticError> {
        let node: Node
        do {
            // The encoding named, so that Yams does not read the environment for each file (`.default`).
            guard let composed = try Yams.compose(yaml: text, .default, .default, .utf8) else {
                return failure(at: 1, 1, "\(what) is empty")
            }
            node = composed
            if !Self.fits(node, budget: Self.maximumNodes) {
                let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex { $0.contains("*") }.map { $0 + 1 } ?? 1
                return failure(at: line, 1, "\(what) expands to more than \(Self.maximumNodes) values (the limit), which YAML aliases (`*name`) can do; write the values out instead")
            }
        } catch let error as YamlError {
            return .failure(DiagnosticError(stage: .load, diagnostics: [diagnostic(for: error)]))
        } catch {
            return failure(at: 1, 1, "cannot read YAML: \(error)")
        }
        do {
            return .success((try Self.decoder.decode(T.self, from: node), keyLocations(in: node)))
        } catch {
            return .failure(DiagnosticError(stage: .load, diagnostics: [diagnostic(for: error, in: node, what: what)]))
        }
    }

    /// One decoder for every file: making one reads the environment (`Parser.Encoding.default`),
    /// which costs more than decoding a front matter. Safe: decoding only reads its options.
    nonisolated(unsafe) private static let decoder = YAMLDecoder()

    /// The most values (scalars, lists and mappings, counted after aliases are expanded) one
    /// YAML document of the bank may hold: an alias repeated inside aliases grows exponentially.
    static let maximumNodes = 100_000

    /// Whether `node` holds at most `budget` values; walks no more than that many.
    static func fits(_ node: Node, budget: Int) -> Bool {
        var remaining = budget
        func walk(_ node: Node) -> Bool {
            remaining -= 1
            guard remaining >= 0 else { return false }
            switch node {
            case .mapping(let mapping): return mapping.allSatisfy { walk($0.key) && walk($0.value) }
            case .sequence(let sequence): return sequence.allSatisfy(walk)
            default: return true
            }
        }
        return walk(node)
    }

    private func failure<T>(at line: Int, _ column: Int, _ message: String) -> Result<T, DiagnosticError> {
        .failure(DiagnosticError(stage: .load, diagnostics: [.error(at: location(line, column), message)]))
    }

    private func keyLocations(in root: Node) -> KeyLocations {
        var found: [String: SourceLocation] = [:]
        func walk(_ node: Node, _ path: String) {
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    let name = path.isEmpty ? (key.string ?? "") : "\(path).\(key.string ?? "")"
                    found[name] = location(of: key.mark)
                    walk(value, name)
                }
            case .sequence(let sequence):
                for (index, element) in sequence.enumerated() {
                    let name = "\(path)[\(index)]"
                    found[name] = location(of: element.mark)
                    walk(element, name)
                }
            default:
                break
            }
        }
        walk(root, "")
        return KeyLocations(file: file, locations: found)
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: firstLine - 1 + line, column: column)
    }

    private func location(of mark: Mark?) -> SourceLocation {
        location(mark?.line ?? 1, mark?.column ?? 1)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // The context says where the construct that went wrong began, often the line to fix.
            let started = context.map { " (\($0.text) that starts on line \(location(of: $0.mark).line))" } ?? ""
            return .error(at: location(of: mark), "invalid YAML: \(problem)\(started)")
        case let .duplicatedKeysInMapping(duplicates, _):
            return .error(at: location(1, 1), "duplicate key \(duplicates.map { "`\($0)`" }.joined(separator: ", "))")
        default:
            return .error(at: location(1, 1), "invalid YAML: \(error)")
        }
    }

    private func diagnostic(for error: any Error, in root: Node, what: String) -> Diagnostic {
        switch error {
        case let unknown as UnknownKeyError:
            let mark = Self.keyNode(at: unknown.codingPath, in: root)?.mark
            let hint = Suggestion.hint(for: unknown.key, among: unknown.allowed)
            let allowed = hint.isEmpty ? " (allowed: \(unknown.allowed.joined(separator: ", ")))" : ""
            return .error(at: location(of: mark), "unknown key `\(unknown.key)` in \(Self.context(of: unknown.codingPath.dropLast(), what: what))\(hint)\(allowed)")
        case let invalid as InvalidValueError:
            return .error(at: location(of: Self.node(at: invalid.codingPath, in: root)?.mark), invalid.message)
        case let DecodingError.keyNotFound(key, context):
            let mark = Self.node(at: context.codingPath, in: root)?.mark
            return .error(at: location(of: mark), "missing required key `\(key.stringValue)` in \(Self.context(of: context.codingPath, what: what))")
        case let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context):
            let mark = Self.node(at: context.codingPath, in: root)?.mark
            return .error(at: location(of: mark), "`\(Self.dotted(context.codingPath))` should be \(Self.describe(type))")
        case let DecodingError.dataCorrupted(context):
            let mark = Self.node(at: context.codingPath, in: root)?.mark
            return .error(at: location(of: mark), "`\(Self.dotted(context.codingPath))`: \(context.debugDescription)")
        default:
            return .error(at: location(1, 1), "cannot read \(what): \(error)")
        }
    }

    private static func context(of path: some Collection<any CodingKey>, what: String) -> String {
        path.isEmpty ? what : "`\(dotted(Array(path)))`"
    }

    private static func dotted(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Bool.Type: "`true` or `false`"
        case is [String].Type: "a list of texts"
        case is Node.Sequence.Type: "a list, such as `[a, b]` or lines starting with `- `"
        case is Node.Mapping.Type: "keys with values, such as `key: value` lines"
        case is Node.Scalar.Type: "a single value, not a list or keys"
        default: "a \(type)".replacingOccurrences(of: "Array<", with: "list of ").replacingOccurrences(of: ">", with: "")
        }
    }

    /// The value node at a coding path.
    static func node(at path: [any CodingKey], in root: Node) -> Node? {
        var current = root
        for key in path {
            if let index = key.intValue, case let .sequence(sequence) = current, index < sequence.count {
                current = sequence[index]
            } else if let value = current[key.stringValue] {
                current = value
            } else {
                return current
            }
        }
        return current
    }

    /// The key node (not its value) at a coding path, to point at a misspelt key itself.
    static func keyNode(at path: [any CodingKey], in root: Node) -> Node? {
        guard let last = path.last, let parent = node(at: Array(path.dropLast()), in: root),
              case let .mapping(mapping) = parent else { return nil }
        return mapping.first { $0.key.string == last.stringValue }?.key
    }
}

/// Where each key of a YAML document stands, by dotted path such as `exercises[2].id`.
public struct KeyLocations: Sendable, Hashable {
    var file: String
    var locations: [String: SourceLocation]

    init(file: String = "", locations: [String: SourceLocation] = [:]) {
        self.file = file
        self.locations = locations
    }

    /// The key's location, or the document's start when the key is absent.
    public subscript(path: String) -> SourceLocation {
        locations[path] ?? SourceLocation(file: file, line: 1)
    }
}
