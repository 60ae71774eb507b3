import Foundation
import Testing
@testable import Variants

/// `results:`: values formed from computed ones, with the linear-algebra functions, landing
/// beside the computations (and so in `answers.json`); every mistake an error at its key.
@Suite struct ValuesFromValuesTests {
    static func computed(_ front: String) throws -> [String: Value] {
        try Support.variant(try Support.exercise(front)).computed
    }

    @Test func resultsReadComputedValues() throws {
        let values = try Self.computed("""
            parameters:
              a: 3
              x: [1, 2]
              w: [3, 4]
            compute:
              path: {optimize: {function: "(x - a)^2", start: 0, learning_rate: 0.25, steps: 5}}
              J: {jacobian: {}}
            model:
              input: x
              layers:
                - dense: {weights: [[2, 1], [1, 3]], bias: [0, 0]}
            results:
              f5: (path[5] - a)^2
              detJ: det(J)
              trJ: trace(J)
              Jinv: inv(J)
              check: matmul(J, inv(J))
              n: norm(w)
            """)
        // x ← x − 0.25·2(x − 3) halves the distance to 3 each step: 3·(1 − 2⁻⁵) after five.
        #expect(abs(values["f5"]!.number! - pow(3 / 32, 2)) < 1e-12)
        #expect(values["detJ"] == .number(5))
        #expect(values["trJ"] == .number(5))
        if case .matrix(let m) = values["Jinv"]! {
            #expect(abs(m[0][0] - 0.6) < 1e-15 && abs(m[0][1] + 0.2) < 1e-15 && abs(m[1][1] - 0.4) < 1e-15)
        } else { Issue.record("inv gives a matrix") }
        if case .matrix(let m) = values["check"]! { #expect(abs(m[0][0] - 1) < 1e-15 && abs(m[0][1]) < 1e-15) }
        #expect(values["n"] == .number(5))
    }

    @Test func theFunctionsOfVectorsAndMatrices() throws {
        let values = try Self.computed("""
            parameters:
              u: [1, 2]
              v: [3, 1, 2]
              z: [1, 3, 2]
              M: [[1, 2], [3, 4]]
            results:
              o: outer(u, v)
              p: softmax(z)
              k: argmax(z)
              l1: norm(v, 1)
              mv: matmul(M, u)
            """)
        #expect(values["o"] == .matrix([[3, 1, 2], [6, 2, 4]]))
        let e = [1.0, 3, 2].map { exp($0) }
        #expect(zip(values["p"]!.numbers!, e.map { $0 / e.reduce(0, +) }).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(values["k"] == .number(1))
        #expect(values["l1"] == .number(6))
        #expect(values["mv"] == .vector([5, 11]))
    }

    @Test func mistakesAreErrorsAtTheirKey() throws {
        let singular = "parameters:\n  M: [[1, 2], [2, 4]]\nresults:\n  Minv: inv(M)"
        #expect(try Support.problems(singular).map(\.line) == [8])
        #expect(try Support.problems(singular)[0].message.contains("singular"))
        let mismatch = "parameters:\n  A: [[1, 2], [3, 4]]\n  B: [[1, 2, 3]]\nresults:\n  C: matmul(A, B)"
        #expect(try Support.problems(mismatch).map(\.message) == [
            "result `C`: `matmul` of a 2×2 and a 1×3 matrix: the inner sizes differ",
        ])
        #expect(try Support.problems("parameters:\n  A: [[1, 2, 3]]\nresults:\n  d: det(A)")[0].message
                == "result `d`: `det` takes a square matrix, got \\begin{bmatrix}1 & 2 & 3\\end{bmatrix}")
        #expect(try Support.problems("parameters:\n  a: 1\nresults:\n  a: 2 * a").map(\.message) == [
            "result `a` has the name of a parameter, derived or computed value; give it a name of its own",
        ])
        let unknown = try Support.problems("parameters:\n  a: 1\nresults:\n  b: c + a")
        #expect(!unknown.isEmpty && unknown.allSatisfy { $0.line == 8 } && unknown[0].message.contains("unknown name `c`"))
        #expect(try Support.problems("parameters:\n  a: 1\nresults:\n  b: c\n  c: b").count == 2)
    }

    @Test func resultsChangeNoFingerprintOfAnExerciseWithout() throws {
        let plain = try Support.exercise("parameters:\n  a: 1")
        #expect(!Fingerprint.content(of: plain).contains("results"))
        let with = try Support.exercise("parameters:\n  a: 1\nresults:\n  b: 2 * a")
        #expect(Fingerprint.content(of: with).contains("results:b=2 * a"))
    }
}
