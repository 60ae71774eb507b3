import Bank

/// What the templates show of a machine-gradable part: option boxes, a box per number, the
/// answer in words with its tolerance (key and solution only), and what the site's self-check reads.
struct GradableView {
    /// Choice and true-false parts.
    var options: [OptionView]
    var multiple: Bool
    /// "Choose one." or "Choose all that apply."; nil for true-false.
    var instruction: String?
    /// A numeric part: a box to write the number in.
    var numberBox: Bool
    var hasOptions: Bool
    /// The answer as the key and the solution state it ("B", "7 ± 0.5"); nil on a student copy.
    var stated: String?
    /// `### Explanation` as HTML, with the stated answer.
    var explanation: String?
    /// `single-choice`, `numeric` …, for the site's self-check.
    var kind: String
    /// The self-check's data: accepted letters or the interval, when the solution may be shown.
    var check: String?
    /// A numeric part's tolerance in words, without the value ("± 0.5", "3 significant figures").
    var tolerance: String?

    init(_ part: Part, _ rendered: RenderedGradable, key: Bool, solution: Bool, labels: Labels, explanation: String?) {
        kind = part.kind.rawValue
        multiple = part.kind == .multipleChoice
        numberBox = part.kind == .numeric
        instruction = switch part.kind {
        case .singleChoice: labels["chooseOne"]
        case .multipleChoice: labels["chooseAll"]
        default: nil
        }
        let options = Self.options(part, rendered, labels: labels)
        self.options = options.map { OptionView($0, key: key) }
        hasOptions = !options.isEmpty
        stated = solution ? Self.answer(part, options: options, labels: labels) : nil
        self.explanation = solution ? explanation : nil
        check = solution ? Self.check(part, options: options, key: key) : nil
        if case .numeric(let numeric) = part.gradable, check != nil { tolerance = ToleranceText.words(numeric.tolerance, labels: labels) }
    }

    /// The printed options; a true-false part's are True and False in the course's language.
    static func options(_ part: Part, _ rendered: RenderedGradable, labels: Labels) -> [RenderedOption] {
        guard case .trueFalse(let truth) = part.gradable else { return rendered.options }
        return [RenderedOption(letter: "A", html: labels["trueWord"], isCorrect: truth),
                RenderedOption(letter: "B", html: labels["falseWord"], isCorrect: !truth)]
    }

    /// "B", "A, C", "7 ± 0.5", or the blanks one by one: "(z) 1.25 ± 0.01; (g) A is 0".
    static func answer(_ part: Part, options: [RenderedOption], labels: Labels) -> String? {
        switch part.gradable {
        case .choice, .trueFalse: return options.filter(\.isCorrect).map(\.letter).joined(separator: ", ")
        case .numeric(let numeric): return ToleranceText.value(numeric, labels: labels)
        case .cloze(let blanks): return blanks.map { "(\($0.name)) " + blankAnswer($0, labels: labels) }.joined(separator: "; ")
        case nil: return nil
        }
    }

    static func blankAnswer(_ blank: ClozeBlank, labels: Labels) -> String {
        switch blank.answer {
        case .numeric(let numeric): ToleranceText.value(numeric, labels: labels)
        case .choice(let choice): choice.options.filter(\.isCorrect).map(\.text.text).joined(separator: ", ")
        }
    }

    /// `letters:B` or `range:6.5:7.5`, what the self-check script compares a response with;
    /// `blanks` for a cloze, whose blanks carry their own (none on a key, which shows their values).
    static func check(_ part: Part, options: [RenderedOption], key: Bool) -> String? {
        switch part.gradable {
        case .choice, .trueFalse: "letters:" + options.filter(\.isCorrect).map(\.letter).joined(separator: ",")
        case .numeric(let numeric): interval(numeric)
        case .cloze: key ? nil : "blanks"
        case nil: nil
        }
    }

    /// `range:6.5:7.5`: the numbers a numeric answer or blank accepts.
    static func interval(_ numeric: NumericAnswer) -> String? {
        numeric.resolved.map { value in
            let width = numeric.tolerance.width(around: value)
            return "range:\(value - width):\(value + width)"
        }
    }
}

/// An option as printed: an empty box, or on the key a ticked box for a correct one and the
/// misconception behind a wrong one.
struct OptionView {
    var letter: String
    var html: String
    var box: String
    var correct: Bool
    var misconception: String?

    init(_ option: RenderedOption, key: Bool) {
        letter = option.letter
        html = option.html
        correct = key && option.isCorrect
        box = correct ? "☒" : "☐"
        misconception = key ? option.misconception : nil
    }
}
