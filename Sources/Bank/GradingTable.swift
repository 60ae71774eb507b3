/// The grading scheme of an exam, computed from its exercises: points per part, per exercise, in total.
public struct GradingTable: Sendable, Hashable {
    /// One column of the table: an exercise and its parts.
    public struct Column: Sendable, Hashable {
        public var number: Int
        public var exerciseID: String
        public var title: String
        public var parts: [(label: String, points: Points)]
        public var total: Points { parts.map(\.points).sum() }

        public static func == (a: Column, b: Column) -> Bool {
            a.number == b.number && a.exerciseID == b.exerciseID && a.title == b.title
                && a.parts.map(\.label) == b.parts.map(\.label) && a.parts.map(\.points) == b.parts.map(\.points)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(exerciseID)
            hasher.combine(parts.map(\.points))
        }
    }

    public var columns: [Column]

    public init(exercises: [Exercise]) {
        columns = exercises.enumerated().map { index, exercise in
            Column(number: index + 1, exerciseID: exercise.id, title: exercise.title,
                   parts: exercise.parts.map { ($0.label, $0.points) })
        }
    }

    public var total: Points { columns.map(\.total).sum() }

    /// The most parts any exercise has: the number of rows of the table.
    public var rowCount: Int { columns.map(\.parts.count).max() ?? 0 }
}
