import Bank

/// An exercise with every Markdown text turned into HTML, ready for any page that shows it.
public struct RenderedExercise: Sendable {
    public var exercise: Exercise
    public var stem: String?
    public var parts: [RenderedPart]
    /// Set by `Publication` on a private exercise in a released exam: only its number and points
    /// may be shown.
    public var isWithheld = false

    public init(exercise: Exercise, stem: String?, parts: [RenderedPart]) {
        self.exercise = exercise
        self.stem = stem
        self.parts = parts
    }
}

/// A part with its question, model answer and rubric as HTML.
public struct RenderedPart: Sendable {
    public var part: Part
    public var question: String
    public var answer: String
    public var rubric: [(points: Points, html: String)]
    /// Options and blanks of a machine-gradable part; nil for an open part. The question's cloze
    /// blanks are `ClozeMarkers` tokens until a page view puts boxes or values there.
    public var gradable: RenderedGradable?
}
