import Bank
import DeepLearning
import Testing
@testable import Variants

/// Thousands of random exercises, from a grammar of the model spec (every layer, loss, model and
/// computation kind with its real keys, misspelt keys and values at and beyond their limits) and
/// from random damage to the YAML. Each must end in success or in diagnostics at a place of its
/// file. The test runs in-process: a trap or an overflow in any of them ends the whole test run,
/// which is the failure this test exists to catch.
struct SpecFuzzTests {
    static let specs = 2000
    static let path = "exercises/fuzz.md"

    @Test func randomSpecsEndInSuccessOrALocatedDiagnostic() throws {
        var grammar = SpecGrammar(seed: 20_261_201)
        var outcomes: [String: Int] = [:]
        for index in 0..<Self.specs {
            let text = grammar.exercise()
            let outcome = Self.run(text)
            outcomes[outcome.kind, default: 0] += 1
            if let problem = outcome.problem {
                Issue.record("spec \(index): \(problem)\n\(text)")
                return
            }
        }
        // The grammar must reach every stage, or the test would prove little.
        for kind in ["load error", "spec error", "draw error", "made"] {
            #expect(outcomes[kind, default: 0] > Self.specs / 100, "\(kind): \(outcomes)")
        }
    }

    /// What happened to one spec, and a problem when a diagnostic has no place in the file.
    static func run(_ text: String) -> (kind: String, problem: String?) {
        func unlocated(_ file: String, _ line: Int, _ column: Int, _ message: String) -> String? {
            file == path && line >= 1 && column >= 1 && !message.isEmpty ? nil : "diagnostic without a place: \(file):\(line):\(column): \(message)"
        }
        let exercise: Exercise
        switch Exercise.read(text, path: path) {
        case .failure(let error): return ("load error", error.diagnostics.lazy.compactMap { unlocated($0.location?.file ?? "", $0.location?.line ?? 0, $0.location?.column ?? 0, $0.message) }.first)
        case .success(let read): exercise = read
        }
        let space: ParameterSpace
        do { space = try ParameterSpace(exercise) } catch {
            return ("spec error", error.diagnostics.lazy.compactMap { unlocated($0.location?.file ?? "", $0.location?.line ?? 0, $0.location?.column ?? 0, $0.message) }.first)
        }
        for seed in [nil, 1, 2] as [UInt64?] {
            do { _ = try ExerciseVariant.make(exercise, space: space, seed: seed) } catch {
                return ("draw error", unlocated(error.location.file, error.location.line, error.location.column, error.message))
            }
        }
        return ("made", nil)
    }
}

/// Random exercise files: front matter from the grammar of parameters, derived values, models,
/// computations, checks and placeholders, sometimes with the YAML itself damaged.
struct SpecGrammar {
    var rng: Xoshiro256StarStar
    /// Whether the spec being written aims at the limits rather than at a working exercise.
    var hostile = false

    init(seed: UInt64) { rng = Xoshiro256StarStar(seed: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
    mutating func chance(_ p: Double) -> Bool { rng.nextUniform() < p }
    mutating func count(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }

    static let names = ["k", "n", "x", "z", "M", "W", "act", "which", "missing"]

    /// A value at, inside or beyond an option's limits, or a name, or an expression.
    mutating func number() -> String {
        switch count(0...9) {
        case 0: pick(["0", "-1", "1e300", "-1e300", "1e9", ".inf", ".nan", "9223372036854775807", "0.5", "4097"])
        case 1: pick(Self.names)
        case 2: expression(depth: 2)
        case 3: pick(["same", "relu", "true", "false", "adam", "max", "\"text\""])
        default: String(count(0...5))
        }
    }

    mutating func expression(depth: Int) -> String {
        guard depth > 0, chance(0.7) else { return chance(0.5) ? String(count(-2...5)) : pick(Self.names) }
        switch count(0...4) {
        case 0: return "\(expression(depth: depth - 1)) \(pick(["+", "-", "*", "/", "%", "^", "==", "<", "and", "or"])) \(expression(depth: depth - 1))"
        case 1:
            let function = pick(Functions.names + ["sqr", "foo"])
            return "\(function)(" + (0..<count(0...3)).map { _ in expression(depth: depth - 1) }.joined(separator: ", ") + ")"
        case 2: return "\(pick(Self.names))[\(expression(depth: depth - 1))]"
        case 3: return "-(\(expression(depth: depth - 1)))"
        default: return "not \(expression(depth: depth - 1))"
        }
    }

    mutating func parameters() -> [String] {
        var lines = ["parameters:"]
        guard hostile else {
            return lines + ["  k: {choose: [1, 3], default: 3}", "  n: {integer: [1, 4]}", "  x: {vector: {length: 2, integer: [-2, 2]}, default: [1, 2]}",
                            "  z: [1, 2, 3]", "  M: {matrix: {rows: 2, columns: 2, integer: [0, 3]}}", "  act: {choose: [relu, tanh]}"]
        }
        lines.append("  k: {choose: [\(pick(["1, 3", "3, 5", "0, 2", "2"]))], default: \(pick(["1", "3", "7"]))}")
        lines.append("  n: {integer: [\(pick(["1, 4", "-3, 3", "0, 1000000000", "5, 1", "1, 9223372036854775807"]))]\(chance(0.3) ? ", step: \(number())" : "")}")
        if chance(0.6) { lines.append("  x: {vector: {length: \(pick(["2", "3", "0", "40", "5000"])), \(pick(["integer", "real"])): [-2, 2]\(chance(0.5) ? ", step: \(pick(["0.5", "0", "-1", "1"]))" : "")}}") }
        if chance(0.5) { lines.append("  z: [\(pick(["1, 2, 3", "0", "", "1, x"]))]") }
        if chance(0.5) { lines.append("  M: \(pick(["[[1, 2], [3, 4]]", "[[1, 2], [3]]", "{matrix: {rows: 2, columns: 3, integer: [0, 3]}}", "{matrix: {rows: 100000, columns: 2, integer: [0, 1]}}"]))") }
        if chance(0.4) { lines.append("  act: {choose: [\(pick(["relu, tanh", "scaled_logistic", "bogus", "identity"]))]}") }
        return lines
    }

    /// A value of the kind the option takes; now and then (and always in a hostile spec) one
    /// at or beyond its limits, or of another kind.
    mutating func value(_ kind: OptionKind) -> String {
        if hostile || chance(0.1) { return number() }
        switch kind {
        case .number: return pick(["0.5", "-1", "2", "k"])
        case .positive: return pick(["0.1", "1", "2"])
        case .integer(let range): return String(max(range.lowerBound, min(range.upperBound, count(1...3))))
        case .values: return pick(["x", "[1, 2]", "[[1, 0], [0, 1]]", "M", "z", "2"])
        case .word(let words): return pick(words)
        case .integerOrWord(_, let words): return chance(0.5) ? pick(words) : String(count(0...2))
        case .valuesOrWord(let words): return chance(0.5) ? pick(words) : pick(["[1, 2]", "x", "0.5"])
        case .function: return pick(["\"(x - 1)^2\"", "\"sigmoid(x) * k\"", "\"abs(x)\""])
        case .list: return pick(["[M, M]", "[2, 3, 2]", "[M]"])
        case .name: return pick(["W", "one", "two", "input", "which"])
        }
    }

    mutating func options(_ table: OptionTable) -> String {
        let optional = table.options.filter { option in
            if case .name = option.kind { return hostile }
            return true
        }
        var entries = optional.filter { $0.required || chance(0.4) }.map { "\($0.key): \($0.key == "wrt" && !hostile ? "input" : value($0.kind))" }
        if chance(hostile ? 0.3 : 0.05) { entries.append("\(pick(["strid", "groups", "filter", "bias", "weights", "optimiser"])): \(number())") }
        return "{" + entries.joined(separator: ", ") + "}"
    }

    mutating func sequential() -> [String] {
        let inputs = hostile
            ? ["[1, 9, 9]", "[3]", "x", "z", "[0]", "[4096, 4096, 4096]", "[2, 5, 5]", "k", "M", "{values: M, shape: [4, 1]}", "{values: z, batch: 2}",
               "{ids: [9000, 1]}", "{ids: M, batch: 3}", "{values: x, ids: x}", "{values: M, shape: [1, 2, 2], batch: 0}"]
            : ["[1, 9, 9]", "x", "[2, 5, 5]", "M", "{values: M, shape: [1, 2, 2]}", "{values: M, batch: 2}", "{ids: [1, 0, 2]}"]
        var lines = ["  input: \(pick(inputs))", "  layers:"]
        for _ in 0..<count(hostile ? 0...4 : 1...3) {
            let recipe = pick(LayerRecipes.all)
            lines.append("    - \(hostile && chance(0.1) ? "dens" : recipe.name): \(recipe.shorthand != nil && chance(0.5) ? pick(ActivationName.names + (hostile ? ["bogus"] : [])) : options(recipe.table))")
        }
        if chance(0.5) {
            let kind = pick(ModelSpec.lossTables.keys.sorted() + (hostile ? ["hinge"] : []))
            lines.append("  loss: {\(kind): {target: \(hostile ? pick(["0", "2", "[0, 1]", "[1, 0, 0]", "k", "x"]) : kind == "cross_entropy" ? "0" : "x")}}")
        }
        return lines
    }

    mutating func model() -> [String] {
        switch count(0...4) {
        case 0: return ["model:", "  rnn: \(options(ModelSpec.rnnTable))"]
        case 1: return ["model:", "  residual: \(options(ModelSpec.residualTable))"]
        case 2: return ["model:", "  one:"] + sequential().map { "  " + $0 } + ["  two:"] + sequential().map { "  " + $0 }
        default: return ["model:"] + sequential()
        }
    }

    mutating func exercise() -> String {
        hostile = chance(0.5)
        var front = ["id: fuzz", "title: Fuzz", "topic: t"] + parameters()
        if chance(0.4) { front += ["derived:", "  which: if(k == 3, \"one\", \"two\")"] + (hostile ? ["  d: \(expression(depth: 3))"] : []) }
        if hostile && chance(0.3) { front += ["constraints:", "  - \(expression(depth: 2))"] }
        if chance(0.7) { front += model() }
        front.append("compute:")
        for index in 0..<count(1...3) {
            let kind = pick(Computation.Kind.allCases.filter { $0 != .optimalDiscriminator || chance(0.05) })
            let bare = kind.table.options.allSatisfy { !$0.required } && chance(0.3)
            front.append("  c\(index): " + (bare ? kind.rawValue : "{\(kind.rawValue): \(options(kind.table))}"))
        }
        if chance(0.3) {
            front += ["results:", "  r0: \(pick(["det(c0)", "inv(c0)", "matmul(c0, c0)", "norm(c0, 3)", "argmax(c0)", "softmax(c0)", "outer(c0, x)", "trace(M)", "inv(M)", "c0[0] * 2"]))"]
            if hostile { front.append("  \(pick(["r1", "c0", "k"])): \(expression(depth: 3))") }
        }
        if chance(0.4) { front += ["checks:", "  - \(expression(depth: 2))"] }
        let shown = hostile ? expression(depth: 2) : pick(["c0", "k", "x[0]"])
        let question = "Compute [[\(shown)\(chance(0.3) ? ":" + pick([".2f", "frac", "list"] + (hostile ? ["bogus"] : [])) : "")]]."
        var text = "---\n" + front.joined(separator: "\n") + "\n---\n\n## (a) [1 point]\n\n\(question)\n\n### Answer\n\nA\n\n### Rubric\n\n- [1 point] R\n"
        if hostile && chance(0.3) { text = damage(text) }
        return text
    }

    /// The text with a few random cuts and insertions of YAML's own characters.
    mutating func damage(_ text: String) -> String {
        var characters = Array(text)
        for _ in 0..<count(1...4) {
            let at = count(0...(characters.count - 1))
            if chance(0.5) {
                characters.removeSubrange(at..<min(characters.count, at + count(1...8)))
            } else {
                characters.insert(contentsOf: pick([":", "{", "}", "[", "]", "- ", "&a ", "*a", "!!int ", "|", "\n  ", "'", "\"", "#", "[[", "]]"]), at: at)
            }
        }
        return String(characters)
    }
}
