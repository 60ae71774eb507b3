import Bank

/// What the pages that list an exercise show of it — its topic's page, and the home page's count
/// of each topic's exercises — so that a rebuild can list the exercises it did not load again.
public struct ExerciseListing: Sendable, Equatable {
    public var id: String
    /// The topic's slug.
    public var topic: String
    public var title: String
    public var points: Points
    public var partCount: Int
    public var tags: [String]

    public init(id: String, topic: String, title: String, points: Points, partCount: Int, tags: [String]) {
        self.id = id
        self.topic = topic
        self.title = title
        self.points = points
        self.partCount = partCount
        self.tags = tags
    }

    /// An exercise as the publication rule lets it through (`Publication.exercises`).
    public init(_ exercise: Exercise) {
        self.init(id: exercise.id, topic: exercise.metadata.topic, title: exercise.title, points: exercise.points,
                  partCount: exercise.parts.count, tags: exercise.metadata.tags)
    }
}
