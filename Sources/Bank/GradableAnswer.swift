import Foundation

/// The answer of a machine-gradable part as the bank writes it: options, a number with its
/// tolerance, or the blanks of a cloze. Texts may hold placeholders; Variants fills them per draw.
public enum GradableAnswer: Sendable, Hashable {
    case choice(Choice)
    case trueFalse(Bool)
    case numeric(NumericAnswer)
    case cloze([ClozeBlank])

    /// Every text that may hold placeholders: options, values, wrong values.
    public var texts: [MarkdownText] {
        switch self {
        case .choice(let choice): choice.options.map(\.text)
        case .trueFalse: []
        case .numeric(let numeric): numeric.texts
        case .cloze(let blanks): blanks.flatMap { blank in
            switch blank.answer {
            case .numeric(let numeric): numeric.texts
            case .choice(let choice): choice.options.map(\.text)
            }
        }
        }
    }

    public var kind: PartKind {
        switch self {
        case .choice(let choice): choice.allowsSeveral ? .multipleChoice : .singleChoice
        case .trueFalse: .trueFalse
        case .numeric: .numeric
        case .cloze: .cloze
        }
    }
}

/// The options of a single- or multiple-choice question, in the order written.
public struct Choice: Sendable, Hashable {
    /// Multiple choice (select all that apply) rather than single choice.
    public var allowsSeveral: Bool
    public var options: [ChoiceOption]

    public init(allowsSeveral: Bool, options: [ChoiceOption]) {
        self.allowsSeveral = allowsSeveral
        self.options = options
    }
}

/// One option: `- [x] text` (correct) or `- [ ] text {misconception: …}`, optionally `{pinned}`.
public struct ChoiceOption: Sendable, Hashable {
    public var text: MarkdownText
    public var isCorrect: Bool
    /// Keeps its written position when the options are shuffled ("none of the above").
    public var isPinned: Bool
    /// The mistake that leads a student to this wrong option, for the key and for item analysis.
    public var misconception: String?

    public init(text: MarkdownText, isCorrect: Bool, isPinned: Bool = false, misconception: String? = nil) {
        self.text = text
        self.isCorrect = isCorrect
        self.isPinned = isPinned
        self.misconception = misconception
    }
}

/// A number the student writes: the value (a placeholder or a literal) and how far off it may be,
/// with wrong values that misconceptions give, which must lie outside the tolerance.
public struct NumericAnswer: Sendable, Hashable {
    /// `[[expression]]` or a literal number, as written.
    public var value: MarkdownText
    public var tolerance: Tolerance
    /// `- [ ] [[value]] {misconception: …}` lines: values a known mistake gives.
    public var distractors: [ChoiceOption]
    var texts: [MarkdownText] { [value] + distractors.map(\.text) }

    /// In a variant: the engine's value at full precision (`value` is then the printed text).
    public var resolved: Double?
    /// In a variant: the value of each distractor, in order.
    public var distractorValues: [Double] = []

    public init(value: MarkdownText, tolerance: Tolerance, distractors: [ChoiceOption] = []) {
        self.value = value
        self.tolerance = tolerance
        self.distractors = distractors
    }
}

/// How far a numeric response may be from the value and still be right.
public enum Tolerance: Sendable, Hashable {
    /// `± 0.01`: |response − value| ≤ width.
    case absolute(Double)
    /// `± 2%`: |response − value| ≤ fraction · |value|.
    case relative(Double)
    /// `3 significant figures`: the response rounds to the value at that many significant figures,
    /// i.e. |response − value| ≤ half a unit in the last kept figure.
    case significantFigures(Int)

    /// The largest accepted |response − value| for `value`.
    public func width(around value: Double) -> Double {
        switch self {
        case .absolute(let width): width
        case .relative(let fraction): fraction * abs(value)
        case .significantFigures(let figures):
            value == 0 || !value.isFinite ? 0 : 0.5 * pow(10, floor(log10(abs(value))) - Double(figures) + 1)
        }
    }

    /// Whether `response` is accepted for `value`.
    public func accepts(_ response: Double, for value: Double) -> Bool {
        abs(response - value) <= width(around: value) * (1 + 1e-12) + 1e-12 * abs(value)
    }
}

/// One blank of a cloze part: `[__name__]` in the question, and its line under `### Blanks`.
public struct ClozeBlank: Sendable, Hashable {
    public var name: String
    public var points: Points
    public var answer: BlankAnswer
    public var location: SourceLocation

    public init(name: String, points: Points, answer: BlankAnswer, location: SourceLocation) {
        self.name = name
        self.points = points
        self.answer = answer
        self.location = location
    }
}

/// What fills a blank: a number, or one of a few options.
public enum BlankAnswer: Sendable, Hashable {
    case numeric(NumericAnswer)
    case choice(Choice)
}
