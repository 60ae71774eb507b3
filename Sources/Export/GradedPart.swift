import Bank
import Variants

/// A machine-gradable part of a variant as every format needs it: its key (`PartAnswer`, the
/// same the grading reads), each blank of a cloze marked by a token the formats replace by their
/// own answer box, and the accepted interval of a number stated in words.
enum GradedPart {
    /// The token that stands for blank `index` in a cloze question while Markdown renders it:
    /// letters only, so Markdown leaves it alone.
    static func token(_ index: Int) -> String { "SITEGENBLANK\(index)END" }

    /// The question with each `[__name__]` replaced by its token.
    static func tokenized(_ part: Part) -> MarkdownText {
        guard case .cloze(let blanks) = part.gradable else { return part.question }
        var text = part.question
        for (index, blank) in blanks.enumerated() {
            text.text = text.text.replacingOccurrences(of: "[__\(blank.name)__]", with: token(index))
        }
        return text
    }

    /// "0.731 (accepted from 0.7164 to 0.7456: ± 2 % of the value)".
    static func statement(_ key: NumericKey) -> String {
        let width = width(key)
        let rule = switch key.tolerance.kind {
        case "absolute": "± \(number(key.tolerance.amount))"
        case "relative": "± \(number(key.tolerance.amount * 100)) % of the value"
        default: "\(Int(key.tolerance.amount)) significant figures"
        }
        return width == 0 ? "\(key.printed) (exactly)"
            : "\(key.printed) (accepted from \(number(key.minimum)) to \(number(key.maximum)): \(rule))"
    }

    /// Half the accepted interval: the absolute tolerance of this variant's value (a relative
    /// one converted), computed from the rule rather than from the interval's rounded ends.
    static func width(_ key: NumericKey) -> Double {
        key.tolerance.tolerance?.width(around: key.value) ?? (key.maximum - key.minimum) / 2
    }

    /// A number in the shortest form that reads back as the same Double.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// What the grader's notes say of a machine-gradable part: the correct response.
    static func key(_ answer: PartAnswer) -> String {
        if let options = answer.options {
            return options.filter(\.correct).map { "\($0.letter). \($0.text)" }.joined(separator: "; ")
        }
        if let numeric = answer.numeric { return statement(numeric) }
        return (answer.blanks ?? []).map { blank in
            "[\(blank.name)] " + (blank.numeric.map(statement) ?? blank.options?.filter(\.correct).map(\.text).joined() ?? "")
        }.joined(separator: "; ")
    }
}
