import Bank

/// What the pages that list an exercise show of it — its topic's page, and the home page's count
/// of each topic's exercises — so that a rebuild can list the exercises it did not load again.
///
/// A class, made once and shared: every page that lists exercises, the build cache's records and
/// a rebuild's copies of them hold the same listing, a retain each, not six.
public final class ExerciseListing: Sendable, Equatable {
    public let id: String
    /// The topic's slug.
    public let topic: String
    public let title: String
    public let points: Points
    public let partCount: Int
    public let tags: [String]

    public init(id: String, topic: String, title: String, points: Points, partCount: Int, tags: [String]) {
        self.id = id
        self.topic = topic
        self.title = title
        self.points = points
        self.partCount = partCount
        self.tags = tags
    }

    public static func == (a: ExerciseListing, b: ExerciseListing) -> Bool {
        a.id == b.id && a.topic == b.topic && a.title == b.title && a.points == b.points && a.partCount == b.partCount && a.tags == b.tags
    }

    /// An exercise as the publication rule lets it through (`Publication.exercises`).
    public convenience init(_ exercise: Exercise) {
        self.init(id: exercise.id, topic: exercise.metadata.topic, title: exercise.title, points: exercise.points,
                  partCount: exercise.parts.count, tags: exercise.metadata.tags)
    }
}
