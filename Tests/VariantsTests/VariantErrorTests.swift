import Bank
import Testing
import TestSupport
@testable import Variants

/// Every way a parametrized exercise can go wrong gives an error that names the exercise, the
/// place in the file, the parameters and the values involved.
struct VariantErrorTests {
    @Test func failingCrossCheckNamesBothSides() throws {
        let frontMatter = """
            parameters:
              k: {choose: [3, 5], default: 3}
              p: {choose: [2, 3], default: 3}
            model:
              input: [1, 32, 32]
              layers:
                - conv2d: {filters: 1, kernel: k}
                - maxpool2d: {kernel: p, stride: 2}
            compute:
              rf: receptive_field
            checks:
              - rf == k + (p - 1) * 2
            """
        let exercise = try Support.exercise(frontMatter)
        #expect(throws: VariantError.self) { try Support.variant(exercise) }
        do {
            _ = try Support.variant(exercise)
        } catch let error as VariantError {
            #expect(error.location.line == Support.line(of: "- rf ==", frontMatter))
            #expect(error.description == "exercise `x`: cross-check `rf == k + (p - 1) * 2` fails: the left side is 5, the right side is 7 (parameters: k = 3, p = 3)")
        }
    }

    @Test func unsatisfiableConstraintStopsAfterBoundedTries() throws {
        let frontMatter = """
            parameters:
              k: {integer: [1, 3], default: 1}
            constraints:
              - k > 10
            """
        let exercise = try Support.exercise(frontMatter)
        do {
            _ = try Support.variant(exercise, seed: 1)
            Issue.record("no error")
        } catch let error as VariantError {
            #expect(error.message == "no draw of the parameters satisfied `k > 10` in 1000 tries; widen the ranges or loosen the constraints")
            #expect(error.location.line == Support.line(of: "constraints:", frontMatter))
        }
    }

    @Test func unknownPlaceholderNameIsLocatedInTheText() throws {
        let question = "First line.\nThe kernel is [[kernal]] wide."
        let place = Marker.location(of: "[[kernal]]", in: Support.text("parameters:\n  k: 3", question: question))
        #expect(try Support.problems("parameters:\n  k: 3", question: question) == [
            .init(line: place.line, column: place.column, message: "`[[kernal]]`: unknown name `kernal`"),
        ])
    }

    @Test func unknownComputationAndParameterKeys() throws {
        let bad = try Support.exercise("parameters:\n  k: {integr: [1, 3]}\ncompute:\n  rf: receptve_field")
        #expect(throws: DiagnosticError.self) { try ParameterSpace(bad) }
        do { _ = try ParameterSpace(bad) } catch {
            #expect(error.diagnostics.map(\.message) == [
                "unknown key `integr` in parameter definition; did you mean `integer`?",
                "unknown computation `receptve_field`; did you mean `receptive_field`? (known: \(Computation.Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
            ])
            #expect(error.diagnostics.map(\.location?.line) == [6, 8])
        }
    }

    @Test func derivedValuesThatGoRoundInACircle() throws {
        let bad = try Support.exercise("derived:\n  a: b + 1\n  b: a + 1")
        // #require: the test fails when nothing throws, not only when the wrong thing does.
        let error = try #require(throws: DiagnosticError.self) { try ParameterSpace(bad) }
        #expect(error.diagnostics.count == 2)
        #expect(error.diagnostics[0].message.hasPrefix("`a` reads `b`, which is neither a parameter nor derived before it"))
    }
}

/// The same seed gives the same variant, on every run; the fingerprint follows the content.
struct DeterminismTests {
    @Test func sameSeedSameVariant() throws {
        let exercise = try #require(try Support.realBank().exercise("mlp-backprop-2019"))
        let a = try Support.variant(exercise, seed: 42), b = try Support.variant(exercise, seed: 42)
        #expect(a.parameters == b.parameters)
        #expect(a.computed == b.computed)
        #expect(a.exercise.parts.map(\.answer.text) == b.exercise.parts.map(\.answer.text))
        #expect(try Support.variant(exercise, seed: 43).parameters != a.parameters)
    }

    @Test func fingerprintChangesWithTheContent() throws {
        let bank = try Support.realBank()
        let exam = try #require(bank.exams.first)
        let exercises = bank.exercises(of: exam)
        let original = Fingerprint.of(seed: 7, code: "A", exam: exam, exercises: exercises)
        #expect(Fingerprint.of(seed: 7, code: "A", exam: exam, exercises: exercises) == original)
        #expect(Fingerprint.of(seed: 8, code: "A", exam: exam, exercises: exercises) != original)
        #expect(Fingerprint.of(seed: 7, code: "B", exam: exam, exercises: exercises) != original)
        var edited = exercises
        edited[1].parts[0].question.text += " "
        #expect(Fingerprint.of(seed: 7, code: "A", exam: exam, exercises: edited) != original)
        #expect(original.count == 8)
    }
}
