import DeepLearning

/// Draws parameter values with a seeded generator, then derived values, until the constraints hold.
public struct ParameterSampler {
    /// Draws per variant before a constraint is called unsatisfiable.
    public static let maximumTries = 1000

    /// The first value a definition can take: the default when none is written.
    static func first(of definition: ParameterDefinition) -> Value {
        switch definition {
        case .choose(let values, _): values[0]
        case .integer(let l, _, _), .real(let l, _, _): .number(l)
        case .vector(let n, let l, _, _): .vector(Array(repeating: l, count: n))
        case .matrix(let r, let c, let l, _, _): .matrix(Array(repeating: Array(repeating: l, count: c), count: r))
        case .fixed(let v): v
        }
    }

    /// One value of the definition; a grid's value is picked by index, never by listing the grid.
    static func draw(_ definition: ParameterDefinition, _ rng: inout Xoshiro256StarStar) -> Value {
        func pick(_ l: Double, _ u: Double, _ s: Double) -> Double {
            ParameterDefinition.gridValue(l, s, rng.next() % UInt64(ParameterDefinition.gridSize(l, u, s)))
        }
        switch definition {
        case .choose(let values, _): return values[Int(rng.next() % UInt64(values.count))]
        case .integer(let l, let u, let s), .real(let l, let u, let s): return .number(pick(l, u, s))
        case .vector(let n, let l, let u, let s): return .vector((0..<n).map { _ in pick(l, u, s) })
        case .matrix(let r, let c, let l, let u, let s): return .matrix((0..<r).map { _ in (0..<c).map { _ in pick(l, u, s) } })
        case .fixed(let v): return v
        }
    }

    /// The values of the defaults, with derived values added and constraints checked.
    public static func defaults(of space: ParameterSpace) throws(VariantError) -> [String: Value] {
        try complete(space.defaults, space: space, description: "the default parameters")
    }

    /// A draw for `seed`; the same seed gives the same values on every machine.
    public static func sample(_ space: ParameterSpace, seed: UInt64) throws(VariantError) -> [String: Value] {
        var rng = Xoshiro256StarStar(seed: seed ^ stableHash(space.exerciseID))
        for _ in 0..<maximumTries {
            var values: [String: Value] = [:]
            for name in space.definitions.keys.sorted() { values[name] = draw(space.definitions[name]!, &rng) }
            if let complete = try? complete(values, space: space, description: "") { return complete }
        }
        let constraints = space.constraints.map { "`\($0.text)`" }.joined(separator: ", ")
        throw VariantError(exerciseID: space.exerciseID, location: space.location("constraints"),
                           message: "no draw of the parameters satisfied \(constraints) in \(maximumTries) tries; widen the ranges or loosen the constraints")
    }

    static func complete(_ drawn: [String: Value], space: ParameterSpace, description: String) throws(VariantError) -> [String: Value] {
        var values = drawn
        for (name, definition) in space.definitions {
            if case .choose(_, let labels) = definition, !labels.isEmpty, let value = values[name] {
                values["\(name)_label"] = .text(labels[value.description] ?? value.description)
            }
        }
        for (name, expression) in space.derived {
            let location = space.location("derived.\(name)")
            do { values[name] = try expression.evaluate(in: values) } catch {
                throw VariantError(exerciseID: space.exerciseID, location: location, message: "derived `\(name)`: \(error.message)", parameters: drawn)
            }
            if let numbers = values[name]?.numbers, numbers.contains(where: { !$0.isFinite }) {
                throw VariantError(exerciseID: space.exerciseID, location: location,
                                   message: "derived `\(name)` is \(values[name]!), not a finite number", parameters: drawn)
            }
        }
        for constraint in space.constraints {
            let holds: Bool
            do { holds = try Expression.truth(constraint.expression.evaluate(in: values)) } catch {
                throw VariantError(exerciseID: space.exerciseID, location: space.location("constraints"),
                                   message: "constraint `\(constraint.text)`: \(error.message)", parameters: drawn)
            }
            if !holds {
                throw VariantError(exerciseID: space.exerciseID, location: space.location("constraints"),
                                   message: "\(description) break the constraint `\(constraint.text)`", parameters: drawn)
            }
        }
        return values
    }
}

/// FNV-1a, 64 bits: a hash that is the same on every machine and every run (unlike `Hasher`).
public func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    return hash
}
