import Bank

/// The machine-readable answer of one part of one variant, as `answers.json` records it and as
/// exports (LMS) and grading (responses) read it: the kind, the printed options with which are
/// correct, the numeric value with its tolerance, the blanks of a cloze.
public struct PartAnswer: Codable, Sendable, Hashable {
    public var kind: PartKind
    /// Choice and true-false parts: the options in printed order (true-false: `True`, `False`).
    public var options: [PrintedOption]?
    /// Numeric parts.
    public var numeric: NumericKey?
    /// Cloze parts, in the order of the `### Blanks` list.
    public var blanks: [BlankKey]?

    public init(kind: PartKind, options: [PrintedOption]? = nil, numeric: NumericKey? = nil, blanks: [BlankKey]? = nil) {
        self.kind = kind
        self.options = options
        self.numeric = numeric
        self.blanks = blanks
    }

    /// The answer of a part of a filled-in variant (`ExerciseVariant.exercise.parts`).
    public init(_ part: Part) {
        kind = part.kind
        switch part.gradable {
        case .choice(let choice): options = PrintedOption.list(choice)
        case .trueFalse(let truth):
            options = [PrintedOption(letter: "A", text: "True", correct: truth), PrintedOption(letter: "B", text: "False", correct: !truth)]
        case .numeric(let answer): numeric = NumericKey(answer)
        case .cloze(let list): blanks = list.map(BlankKey.init)
        case nil: break
        }
    }

    /// The letters of the correct options, "B" or "A, C".
    public var correctLetters: String? {
        options.map { $0.filter(\.correct).map(\.letter).joined(separator: ", ") }
    }
}

/// An option as printed: its letter, its text (Markdown with the variant's values), whether it is
/// correct, and the misconception behind a wrong one.
public struct PrintedOption: Codable, Sendable, Hashable {
    public var letter: String
    public var text: String
    public var correct: Bool
    public var misconception: String?
    public var pinned: Bool?

    public init(letter: String, text: String, correct: Bool, misconception: String? = nil, pinned: Bool? = nil) {
        self.letter = letter
        self.text = text
        self.correct = correct
        self.misconception = misconception
        self.pinned = pinned
    }

    /// "A" for 0, "B" for 1, … "Z", then "AA".
    public static func letter(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : letter(index / 26 - 1) + letter(index % 26)
    }

    static func list(_ choice: Choice) -> [PrintedOption] {
        choice.options.enumerated().map { index, option in
            PrintedOption(letter: letter(index), text: option.text.text, correct: option.isCorrect,
                          misconception: option.misconception, pinned: option.isPinned ? true : nil)
        }
    }
}

/// A numeric answer: the engine's value, the text the key prints, the tolerance, and the
/// interval of accepted responses.
public struct NumericKey: Codable, Sendable, Hashable {
    public var value: Double
    public var printed: String
    public var tolerance: ToleranceKey
    /// Accepted responses lie in minimum … maximum (inclusive).
    public var minimum: Double
    public var maximum: Double
    /// Known wrong values with the misconception that gives each.
    public var distractors: [NumericDistractor]?

    init(_ answer: NumericAnswer) {
        value = answer.resolved ?? Double(answer.value.text) ?? 0
        printed = answer.value.text
        tolerance = ToleranceKey(answer.tolerance)
        let width = answer.tolerance.width(around: value)
        minimum = value - width
        maximum = value + width
        let wrong = zip(answer.distractors, answer.distractorValues).map { NumericDistractor(value: $1, printed: $0.text.text, misconception: $0.misconception) }
        distractors = wrong.isEmpty ? nil : wrong
    }
}

/// `{"kind": "absolute", "amount": 0.01}`, `{"kind": "relative", "amount": 0.02}` (a fraction)
/// or `{"kind": "significant-figures", "amount": 3}`.
public struct ToleranceKey: Codable, Sendable, Hashable {
    public var kind: String
    public var amount: Double

    public init(_ tolerance: Tolerance) {
        switch tolerance {
        case .absolute(let width): (kind, amount) = ("absolute", width)
        case .relative(let fraction): (kind, amount) = ("relative", fraction)
        case .significantFigures(let figures): (kind, amount) = ("significant-figures", Double(figures))
        }
    }

    /// The tolerance this key describes.
    public var tolerance: Tolerance? {
        switch kind {
        case "absolute": .absolute(amount)
        case "relative": .relative(amount)
        case "significant-figures": .significantFigures(Int(amount))
        default: nil
        }
    }
}

public struct NumericDistractor: Codable, Sendable, Hashable {
    public var value: Double
    public var printed: String
    public var misconception: String?
}

/// One blank of a cloze: its name and points, and a number or printed options.
public struct BlankKey: Codable, Sendable, Hashable {
    public var name: String
    public var points: Double
    /// `numeric` or `single-choice`.
    public var kind: PartKind
    public var options: [PrintedOption]?
    public var numeric: NumericKey?

    init(_ blank: ClozeBlank) {
        name = blank.name
        points = blank.points.value
        switch blank.answer {
        case .numeric(let answer): kind = .numeric; numeric = NumericKey(answer)
        case .choice(let choice): kind = .singleChoice; options = PrintedOption.list(choice)
        }
    }
}
