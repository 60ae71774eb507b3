import Testing
@testable import Variants

struct ExpressionTests {
    func value(_ text: String, _ scope: [String: Value] = [:]) throws -> Value {
        try Expression.parse(text).evaluate(in: scope)
    }

    @Test func arithmeticFollowsPrecedence() throws {
        #expect(try value("1 + 2 * 3 ^ 2") == .number(19))
        #expect(try value("2 ^ 3 ^ 2") == .number(512))
        #expect(try value("-2 ^ 2") == .number(-4))
        #expect(try value("(k - 1) / 2", ["k": .number(5)]) == .number(2))
        #expect(try value("1e-3 * 2") == .number(0.002))
    }

    @Test func comparisonsAndLogic() throws {
        #expect(try value("3 <= 3 and not (2 > 3)") == .number(1))
        #expect(try value("0.1 + 0.2 == 0.3") == .number(1))
        #expect(try value("x == \"tanh\"", ["x": .text("tanh")]) == .number(1))
    }

    @Test func vectorsAndFunctions() throws {
        let scope: [String: Value] = ["x": .vector([3, 1, 0, 2])]
        #expect(try value("sum(x)", scope) == .number(6))
        #expect(try value("x[3] - x[0]", scope) == .number(-1))
        #expect(try value("x * 2", scope) == .vector([6, 2, 0, 4]))
        #expect(try value("max(1, 5, 2)") == .number(5))
        #expect(try value("round(sigmoid(-4), 4)") == .number(0.018))
        #expect(try value("eye(2) - eye(2)") == .matrix([[0, 0], [0, 0]]))
    }

    @Test func errorsNameTheProblem() {
        #expect(throws: ExpressionError(column: 5, message: "expression ends too early")) { try Expression.parse("(1 +") }
        #expect(throws: ExpressionError(column: 4, message: "expected `)`")) { try Expression.parse("(1 2") }
        #expect(throws: EvaluationError(message: "unknown name `kernal`; did you mean `kernel`?")) {
            try Expression.parse("kernal + 1").evaluate(in: ["kernel": .number(3)])
        }
        #expect(throws: EvaluationError(message: "unknown function `sqr`; did you mean `sqrt`?")) {
            try Expression.parse("sqr(2)").evaluate(in: [:])
        }
    }
}

struct ValueFormatTests {
    @Test(arguments: [
        ("", 5.0, "5"), ("", 0.017986209962091559, "0.0179862"), (".4f", 0.017986209962091559, "0.0180"),
        ("3s", 3.3539, "3.35"), ("frac", 0.75, "3/4"), ("frac", 4.0 / 3.0, "4/3"), (",", 10100.0, "10,100"),
        (".2f", -0.001, "0.00"), ("", -4.0, "-4"),
    ])
    func numbers(spec: String, value: Double, expected: String) throws {
        #expect(try #require(ValueFormat(spec)).format(.number(value)) == expected)
    }

    @Test func vectorsAndMatrices() throws {
        #expect(ValueFormat.default.format(.vector([1, 0.5])) == "(1, 0.5)")
        #expect(try #require(ValueFormat("tex")).format(.matrix([[1, 0], [0, 1]])) == "\\begin{bmatrix}1 & 0 \\\\ 0 & 1\\end{bmatrix}")
        #expect(try #require(ValueFormat(".1f pmatrix")).format(.vector([1, 0.25])) == "\\begin{pmatrix}1.0 \\\\ 0.2\\end{pmatrix}")
        #expect(ValueFormat("%d") == nil)
    }
}

struct VariantCodeTests {
    @Test func codesCountLikeSpreadsheetColumns() {
        #expect([0, 1, 25, 26, 27, 701, 702, 999].map(VariantCode.code) == ["A", "B", "Z", "AA", "AB", "ZZ", "AAA", "ALL"])
    }
}
