import Bank

/// Closed-form expectations next to the engine's values: `rf == k1 + (k2 - 1) * s1`. A check that
/// fails stops the build, naming the exercise, the parameters and both values.
enum CrossCheck {
    static func verify(_ checks: [(text: String, expression: Expression)], scope: [String: Value],
                       space: ParameterSpace, parameters: [String: Value]) throws(VariantError) {
        for (index, check) in checks.enumerated() {
            let location = space.location("checks[\(index)]")
            do {
                if try Expression.truth(check.expression.evaluate(in: scope)) { continue }
                var sides = ""
                if case .binary(_, let left, let right) = check.expression {
                    sides = ": the left side is \(try left.evaluate(in: scope)), the right side is \(try right.evaluate(in: scope))"
                }
                throw VariantError(exerciseID: space.exerciseID, location: location,
                                   message: "cross-check `\(check.text)` fails\(sides)", parameters: parameters)
            } catch let error as VariantError {
                throw error
            } catch let error as EvaluationError {
                throw VariantError(exerciseID: space.exerciseID, location: location,
                                   message: "cross-check `\(check.text)`: \(error.message)", parameters: parameters)
            } catch {
                throw VariantError(exerciseID: space.exerciseID, location: location, message: "\(error)", parameters: parameters)
            }
        }
    }
}
