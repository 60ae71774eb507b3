import Bank
import Grading
import Testing

@Suite struct GradeScaleTests {
    static let dutch = GradeScale.Linear(passAt: .percent(55))

    /// On a 40-point exam the pass mark is 22 points: 5.5 there, 1 at nothing, 10 at full marks.
    @Test func theDutchScaleRunsThroughThePassMark() {
        let grades = [0, 11, 21.9, 22, 31, 40].map { Self.dutch.grade($0, of: 40) }
        #expect(grades.map(\.text) == ["1.0", "3.3", "5.4", "5.5", "7.8", "10.0"])
        #expect(grades.map(\.passed) == [false, false, false, true, true, true])
    }

    /// 21.9 of 40 is 5.48, which rounds to 5.5: rounding must not pass a total below the mark.
    @Test func roundingNeverLiftsAFailToAPass() {
        let grade = Self.dutch.grade(21.9, of: 40)
        #expect(grade.value == 5.4 && !grade.passed)
    }

    @Test func halfGradeSteps() {
        let halves = GradeScale.Linear(passAt: .points(20), round: 0.5)
        #expect(halves.grade(30, of: 40).text == "8.0")
        #expect(halves.grade(30, of: 40).value == 8.0)
    }

    @Test func letterBands() {
        let letters = GradeScale.Letters(bands: [.init(grade: "A", from: .percent(90)), .init(grade: "B", from: .percent(75)),
                                                 .init(grade: "C", from: .percent(60)), .init(grade: "F", from: .percent(0))])
        #expect([40, 36, 35.9, 30, 24, 0].map { letters.grade($0, of: 40).text } == ["A", "A", "B", "B", "C", "F"])
        #expect(letters.grade(24, of: 40).passed && !letters.grade(23, of: 40).passed)
    }

    /// scipy.stats.f.sf and scipy.special.betainc.
    @Test func theFDistributionMatchesScipy() {
        #expect(abs(Statistics.fSurvival(3.2, d1: 2, d2: 9) - 0.08917601244180748) < 1e-12)
        #expect(abs(Statistics.fSurvival(0.5, d1: 4, d2: 30) - 0.7358865362670386) < 1e-12)
        #expect(abs(Statistics.fSurvival(12, d1: 1, d2: 3) - 0.04051932635383402) < 1e-12)
        #expect(abs(Statistics.regularizedIncompleteBeta(0.3, a: 2.5, b: 1.5) - 0.08894372317066562) < 1e-12)
    }
}
