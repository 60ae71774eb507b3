import Bank
import Variants

/// The pages of the public site: home, topics, exercises, past exams. What they show comes
/// from `publication`, already cut down to what may be published.
///
/// What many pages share is made once: each topic's list of exercises (for the two depths pages
/// live at) and the released exams each exercise appeared in. An exercise page then costs the
/// same whatever the size of its topic.
struct PublicSite {
    var publication: Publication
    var bank: Bank { publication.bank }
    var rendered: [String: RenderedExercise]
    /// Pre-generated variants of parametrized exercises, each shown with its worked solution.
    var practice: [String: [RenderedExercise]]
    var renderer: ExerciseRenderer
    var labels: Labels
    /// The public exercises by topic slug, as the pages that list them show them.
    private var listed: [String: [ExerciseListing]]
    /// Every exam as written, as compute assembled it, by exam id.
    var asWritten: [String: ExamEdition]
    /// Topic views by the page's way back to the root ("" or "../"), then by slug.
    private var topicViews: [String: [String: TopicView]] = [:]
    /// The released exams that hold an exercise, by exercise id, in the bank's order.
    private var examsHolding: [String: [ExamSpec]] = [:]

    /// `listings` are the public exercises as the pages that list them show them, in the bank's
    /// order; nil takes them from `publication`.
    init(publication: Publication, asWritten: [ExamEdition], rendered: [String: RenderedExercise],
         practice: [String: [RenderedExercise]], renderer: ExerciseRenderer, labels: Labels, listings: [ExerciseListing]? = nil) {
        self.publication = publication
        self.asWritten = Dictionary(asWritten.map { ($0.exam.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.rendered = rendered
        self.practice = practice
        self.renderer = renderer
        self.labels = labels
        let listed = Dictionary(grouping: listings ?? publication.exercises.map(ExerciseListing.init), by: \.topic)
        self.listed = listed
        for root in Set([SitePaths.home, SitePaths.topic("t"), SitePaths.exercise("e")].map(SitePaths.root)) {
            topicViews[root] = Dictionary(uniqueKeysWithValues: bank.course.topics.map { topic in
                (topic.slug, Self.topicView(topic, exercises: listed[topic.slug] ?? [], root: root, labels: labels))
            })
        }
        for exam in releasedExams {
            for id in Set(self.asWritten[exam.id]?.exercises.map(\.id) ?? []) { examsHolding[id, default: []].append(exam) }
        }
    }

    var publicExercises: [Exercise] { publication.exercises }
    var releasedExams: [ExamSpec] { publication.exams }

    func pages() -> [PageSpec] {
        var pages = [home(), examsIndex()]
        pages += bank.course.topics.map(topicPage)
        pages += publicExercises.compactMap(exercisePage)
        pages += releasedExams.compactMap { asWritten[$0.id] }.map(examPage)
        return pages
    }

    private static func topicView(_ topic: Topic, exercises: [ExerciseListing], root: String, labels: Labels) -> TopicView {
        // A topic's exercises share a handful of point values and part counts: each text is made
        // once, not once per exercise (at 10,000 exercises, half of making the topics' views).
        let points = Dictionary(uniqueKeysWithValues: Set(exercises.map(\.points)).map { ($0, (number: $0.description, text: labels.points($0))) })
        let parts = Dictionary(uniqueKeysWithValues: Set(exercises.map(\.partCount)).map { ($0, labels.counted($0, one: "partCount", many: "partsCount")) })
        return TopicView(
            slug: topic.slug, title: topic.title, description: topic.description,
            href: root + SitePaths.topic(topic.slug),
            exercises: exercises.map { exercise in
                let point = points[exercise.points]!
                return ExerciseSummary(id: exercise.id, title: exercise.title, href: root + SitePaths.exercise(exercise.id),
                                       points: point.number, pointsText: point.text, partCount: exercise.partCount,
                                       partCountText: parts[exercise.partCount]!, tags: exercise.tags)
            }, labels: labels)
    }

    private func topicView(_ topic: Topic, from path: String) -> TopicView {
        let root = SitePaths.root(of: path)
        return topicViews[root]?[topic.slug]
            ?? Self.topicView(topic, exercises: listed[topic.slug] ?? [], root: root, labels: labels)
    }

    private func examLinks(_ exams: [ExamSpec], from path: String) -> [ExamLink] {
        exams.reversed().map {
            ExamLink(id: $0.id, title: $0.title, date: labels.date($0.date), href: SitePaths.root(of: path) + SitePaths.exam($0.id))
        }
    }

    private func home() -> PageSpec {
        struct Home { var topics: [TopicView]; var exams: [ExamLink] }
        let path = SitePaths.home
        return PageSpec(destination: .site, path: path, template: "home", title: bank.course.title) { [self] in
            Home(topics: bank.course.topics.map { topicView($0, from: path) }, exams: examLinks(releasedExams, from: path))
        }
    }

    private func examsIndex() -> PageSpec {
        struct Exams { var exams: [ExamLink] }
        let path = SitePaths.exams
        return PageSpec(destination: .site, path: path, template: "exams", title: labels["pastExams"]) { [self] in
            Exams(exams: examLinks(releasedExams, from: path))
        }
    }

    private func topicPage(_ topic: Topic) -> PageSpec {
        let path = SitePaths.topic(topic.slug)
        return PageSpec(destination: .site, path: path, template: "topic", title: topic.title) { [self] in
            topicView(topic, from: path)
        }
    }

    private func exercisePage(_ exercise: Exercise) -> PageSpec? {
        guard let rendered = rendered[exercise.id].flatMap({ publication.cut($0) }) else { return nil }
        let path = SitePaths.exercise(exercise.id)
        return PageSpec(destination: .site, path: path, template: "exercise", title: exercise.title, repeatsShape: true) { [self] in
            let topic = bank.course.topic(exercise.metadata.topic).map { topicView($0, from: path) }
            let exams = examLinks(examsHolding[exercise.id] ?? [], from: path)
            var view = ExerciseView(rendered, solutions: exercise.showsSolutions, rubrics: false, labels: labels, topic: topic, exams: exams)
            view.practice = publication.practice(practice[exercise.id] ?? [], of: exercise).enumerated().map { index, variant in
                var practiceView = ExerciseView(variant, solutions: exercise.showsSolutions, rubrics: false, labels: labels)
                practiceView.number = index + 1
                practiceView.parts = practiceView.parts.map { part in
                    var part = part
                    part.anchor = "practice\(index + 1)-\(part.label)"
                    part.headingLevel = 4
                    return part
                }
                return practiceView
            }
            return view
        }
    }

    private func examPage(_ written: ExamEdition) -> PageSpec {
        let exam = written.exam
        return PageSpec(destination: .site, path: SitePaths.exam(exam.id), template: "exam",
                        title: "\(exam.title), \(labels.date(exam.date))") { [self] in
            var edition = written
            let exercises = edition.exercises.compactMap { exercise in
                rendered[exercise.id].flatMap { var r = $0; r.exercise.metadata.title = exercise.title; return publication.cut(r, inExam: true) }
            }
            edition.exercises = edition.exercises.map(publication.cut)
            return ExamView(edition, rendered: exercises, renderer: renderer, labels: labels, solutions: true, rubrics: false)
        }
    }
}
