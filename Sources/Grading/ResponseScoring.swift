import Bank
import Foundation
import Variants

/// Scores one response to a machine-gradable part against the student's variant key
/// (`PartAnswer`). Returns the points, or what is wrong with the response as written.
///
/// - single choice, true or false: one letter (`B`; true-false also `true`/`false`); the correct
///   one earns the part's points, any other none;
/// - multiple choice, partial credit: letters such as `A, C`. With c correct options of n, each
///   correct letter chosen earns 1/c of the points and each wrong one costs 1/(n − c), never below
///   zero: all correct and nothing else is full marks, every option ticked is zero;
/// - numeric: a number, full points within the key's interval (`minimum` ≤ x ≤ `maximum`), else none;
/// - cloze: `name=answer` pairs separated by `;`, each blank scored as above for its own points.
public enum ResponseScoring {
    public static func score(_ response: String, _ key: PartAnswer, points: Points) -> Result<Double, ResponseProblem> {
        let total = points.value
        switch key.kind {
        case .open:
            return .failure(.init("an open part is graded by hand: give its points in the scores file, not a response"))
        case .singleChoice, .trueFalse, .multipleChoice:
            return choice(response, key.options ?? [], several: key.kind == .multipleChoice, trueFalse: key.kind == .trueFalse).map { $0 * total }
        case .numeric:
            guard let numeric = key.numeric else { return .failure(.init("the part has no numeric key")) }
            return number(response, numeric).map { $0 * total }
        case .cloze:
            return cloze(response, key.blanks ?? [])
        }
    }

    /// What is wrong with a response, as a sentence.
    public struct ResponseProblem: Error, Sendable, Hashable {
        public var message: String
        init(_ message: String) { self.message = message }
    }

    /// The fraction of the points a choice earns.
    static func choice(_ response: String, _ options: [PrintedOption], several: Bool, trueFalse: Bool) -> Result<Double, ResponseProblem> {
        var text = response.trimmingCharacters(in: .whitespaces).uppercased()
        if trueFalse { text = ["TRUE": "A", "FALSE": "B"][text] ?? text }
        let letters = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
        let known = options.map(\.letter)
        for letter in letters where !known.contains(letter) {
            return .failure(.init("`\(letter)` is not an option of this part (\(known.joined(separator: ", ")))"))
        }
        guard Set(letters).count == letters.count else { return .failure(.init("`\(response)` names an option twice")) }
        let correct = Set(options.filter(\.correct).map(\.letter)), chosen = Set(letters)
        guard several else {
            guard letters.count <= 1 else { return .failure(.init("choose one option, not `\(response)`")) }
            return .success(chosen == correct ? 1 : 0)
        }
        let wrongOptions = options.count - correct.count
        let hits = Double(chosen.intersection(correct).count) / Double(max(correct.count, 1))
        let misses = wrongOptions == 0 ? 0 : Double(chosen.subtracting(correct).count) / Double(wrongOptions)
        return .success(max(0, hits - misses))
    }

    /// 1 within the key's interval, else 0.
    static func number(_ response: String, _ key: NumericKey) -> Result<Double, ResponseProblem> {
        let text = response.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let value = Double(text), value.isFinite else { return .failure(.init("`\(response)` is not a number")) }
        return .success(key.minimum <= value && value <= key.maximum ? 1 : 0)
    }

    /// The points of the blanks answered right.
    static func cloze(_ response: String, _ blanks: [BlankKey]) -> Result<Double, ResponseProblem> {
        var answers: [String: String] = [:]
        for pair in response.split(separator: ";") {
            let sides = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard sides.count == 2, !sides[0].isEmpty else {
                return .failure(.init("a cloze response is `name=answer` pairs separated by `;`, got `\(pair)`"))
            }
            guard blanks.contains(where: { $0.name == sides[0] }) else {
                return .failure(.init("the part has no blank `\(sides[0])` (its blanks: \(blanks.map(\.name).joined(separator: ", ")))"))
            }
            guard answers[sides[0]] == nil else { return .failure(.init("blank `\(sides[0])` is answered twice")) }
            answers[sides[0]] = sides[1]
        }
        var total = 0.0
        for blank in blanks {
            guard let answer = answers[blank.name], !answer.isEmpty else { continue }
            let fraction: Result<Double, ResponseProblem> = blank.numeric.map { number(answer, $0) }
                ?? choice(answer, blank.options ?? [], several: false, trueFalse: false)
            switch fraction {
            case .success(let f): total += f * blank.points
            case .failure(let problem): return .failure(.init("blank `\(blank.name)`: \(problem.message)"))
            }
        }
        return .success(total)
    }
}
