import Bank
import Foundation

/// The proof, for one variant, that a machine-gradable part can be graded: no two options print
/// the same (or the same number), the right option is there, and no known wrong number lies
/// within the tolerance of the right one. A failure stops the build with the exercise, the
/// variant and its values.
enum AnswerProof {
    /// The numbers of a filled-in part; its choices are proven as they are filled (`verify(_:in:at:_:)`).
    static func verify(_ part: Part, exerciseID: String) throws(VariantError) {
        switch part.gradable {
        case .numeric(let numeric): try verify(numeric, in: "part (\(part.label))", at: part.location, exerciseID)
        case .cloze(let blanks):
            for blank in blanks {
                let name = "blank (\(blank.name)) of part (\(part.label))"
                if case .numeric(let numeric) = blank.answer { try verify(numeric, in: name, at: blank.location, exerciseID) }
            }
        case .choice, .trueFalse, nil: break
        }
    }

    /// The options of a choice, in written order.
    static func verify(_ choice: Choice, in name: String, at location: SourceLocation, _ exerciseID: String) throws(VariantError) {
        let correct = choice.options.filter(\.isCorrect).count
        if correct == 0 || (!choice.allowsSeveral && correct > 1) {
            throw VariantError(exerciseID: exerciseID, location: location, message: "\(name) prints \(correct) correct options; a \(choice.allowsSeveral ? "multiple" : "single") choice needs \(choice.allowsSeveral ? "at least one" : "exactly one")")
        }
        for (i, a) in choice.options.enumerated() {
            for b in choice.options[(i + 1)...] {
                let same = a.text.text == b.text.text
                let sameNumber = !same && number(in: a.text.text).map { x in number(in: b.text.text) == x } == true
                guard same || sameNumber else { continue }
                let what = [a, b].map { o in o.isCorrect ? "the correct option" : o.misconception.map { "the distractor “\($0)”" } ?? "a distractor" }
                throw VariantError(exerciseID: exerciseID, location: b.text.location,
                                   message: "\(name): \(what[0]) and \(what[1]) both print `\(a.text.text)`\(sameNumber ? " and `\(b.text.text)`, the same number" : ""); change the parameters' ranges, add a constraint, or change a distractor")
            }
        }
    }

    static func verify(_ numeric: NumericAnswer, in name: String, at location: SourceLocation, _ exerciseID: String) throws(VariantError) {
        guard let value = numeric.resolved else { return }
        for (wrong, x) in zip(numeric.distractors, numeric.distractorValues) where numeric.tolerance.accepts(x, for: value) {
            throw VariantError(exerciseID: exerciseID, location: wrong.text.location,
                               message: "\(name): the wrong value \(x)\(wrong.misconception.map { " (“\($0)”)" } ?? "") lies within the tolerance of the answer \(value) (accepted: \(value) ± \(numeric.tolerance.width(around: value))); a student making that mistake would be graded right — add a constraint or tighten the tolerance")
        }
    }

    /// The number an option prints, if it prints nothing else (math dollars and spaces aside).
    static func number(in text: String) -> Double? {
        let bare = text.filter { $0 != "$" && $0 != " " && $0 != "," }
        return Double(bare).flatMap { $0.isFinite ? $0 : nil }
    }
}
