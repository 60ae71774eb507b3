/// One exercise of the bank: a stem shared by its parts, and the parts.
public struct Exercise: Sendable, Hashable, Identifiable {
    public var id: String { metadata.id }
    public var metadata: ExerciseMetadata
    public var stem: MarkdownText?
    public var parts: [Part]
    /// Where the exercise's file starts.
    public var location: SourceLocation

    public init(metadata: ExerciseMetadata, stem: MarkdownText?, parts: [Part], location: SourceLocation) {
        self.metadata = metadata
        self.stem = stem
        self.parts = parts
        self.location = location
    }

    public var title: String { metadata.title }
    public var points: Points { parts.map(\.points).sum() }
    public var isPublic: Bool { metadata.visibility == .public }
    public var showsSolutions: Bool { metadata.solutions == .public }
}

/// A lettered part of an exercise with its points, question, model answer and rubric.
public struct Part: Sendable, Hashable {
    /// "a", "b", …
    public var label: String
    public var title: String?
    public var points: Points
    public var question: MarkdownText
    public var answer: MarkdownText
    public var rubric: [RubricItem]
    public var location: SourceLocation
    /// The options, number or blanks of a machine-gradable part; nil for an open part. In a
    /// variant (after Variants fills it in) its texts hold values and its options the printed order.
    public var gradable: GradableAnswer?
    /// `### Explanation` of a machine-gradable part, shown in the key and on the site.
    public var explanation: MarkdownText?

    /// How the part is answered: `open` unless it declares a machine-gradable kind.
    public var kind: PartKind { gradable?.kind ?? .open }

    public init(label: String, title: String?, points: Points, question: MarkdownText,
                answer: MarkdownText, rubric: [RubricItem], location: SourceLocation,
                gradable: GradableAnswer? = nil, explanation: MarkdownText? = nil) {
        self.gradable = gradable
        self.explanation = explanation
        self.label = label
        self.title = title
        self.points = points
        self.question = question
        self.answer = answer
        self.rubric = rubric
        self.location = location
    }
}

/// What earns points in a part, as a grader reads it.
public struct RubricItem: Sendable, Hashable {
    public var points: Points
    public var criterion: MarkdownText

    public init(points: Points, criterion: MarkdownText) {
        self.points = points
        self.criterion = criterion
    }
}
