/// The whole question bank, loaded and validated: the course, its exercises and its exams.
public struct Bank: Sendable {
    public var course: Course
    /// In a stable order: by topic as the course lists them, then by id.
    public var exercises: [Exercise]
    /// In a stable order: by date, then by id.
    public var exams: [ExamSpec]

    public init(course: Course, exercises: [Exercise], exams: [ExamSpec]) {
        self.course = course
        let place = course.exercisePlace
        self.exercises = exercises.sorted { place($0.metadata.topic, $0.id) < place($1.metadata.topic, $1.id) }
        self.exams = exams.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    public func exercise(_ id: String) -> Exercise? { exercises.first { $0.id == id } }

    public func exercises(in topic: Topic) -> [Exercise] {
        exercises.filter { $0.metadata.topic == topic.slug }
    }

    /// The exercises of an exam as written, in its order, with titles as the exam gives them; a
    /// pool gives its first `pick` candidates (variants draw from the whole pool).
    public func exercises(of exam: ExamSpec) -> [Exercise] {
        exam.items.flatMap { item in
            candidates(for: item).prefix(item.pick).map { candidate in
                var exercise = candidate
                if let title = item.title { exercise.metadata.title = title }
                return exercise
            }
        }
    }

    /// The exercises a slot can hold: the one it names, or its pool's, in a stable order.
    public func candidates(for item: ExamItem) -> [Exercise] {
        if let pool = item.pool { return pool.compactMap(exercise) }
        if let tag = item.tag { return exercises.filter { $0.metadata.tags.contains(tag) }.sorted { $0.id < $1.id } }
        return exercise(item.exerciseID).map { [$0] } ?? []
    }
}

/// Where an exercise comes in the bank's order (`Course.exercisePlace`).
public struct ExercisePlace: Comparable, Sendable {
    /// The topic's place in the course's list; topics it does not list come last.
    var topic: Int
    var id: String

    public static func < (a: ExercisePlace, b: ExercisePlace) -> Bool { (a.topic, a.id) < (b.topic, b.id) }
}

extension Course {
    /// The bank's order of exercises: by topic as the course lists them, then by id.
    public var exercisePlace: @Sendable (_ topic: String, _ id: String) -> ExercisePlace {
        let order = Dictionary(topics.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        return { ExercisePlace(topic: order[$0] ?? .max, id: $1) }
    }
}
