import Bank

/// An exercise with every Markdown text turned into HTML, ready for any page that shows it.
public struct RenderedExercise: Sendable {
    public var exercise: Exercise
    public var stem: String?
    public var parts: [RenderedPart]
}

/// A part with its question, model answer and rubric as HTML.
public struct RenderedPart: Sendable {
    public var part: Part
    public var question: String
    public var answer: String
    public var rubric: [(points: Points, html: String)]
}
