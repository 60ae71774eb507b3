import Bank

/// The pages of the public site: home, topics, exercises, past exams. What they show comes
/// from `publication`, already cut down to what may be published.
struct PublicSite {
    var publication: Publication
    var bank: Bank { publication.bank }
    var rendered: [String: RenderedExercise]
    /// Pre-generated variants of parametrized exercises, each shown with its worked solution.
    var practice: [String: [RenderedExercise]]
    var renderer: ExerciseRenderer

    var publicExercises: [Exercise] { publication.exercises }
    var releasedExams: [ExamSpec] { publication.exams }

    func pages() -> [PageSpec] {
        var pages = [home(), examsIndex()]
        pages += bank.course.topics.map(topicPage)
        pages += publicExercises.compactMap(exercisePage)
        pages += releasedExams.map(examPage)
        return pages
    }

    private func topicView(_ topic: Topic, from path: String) -> TopicView {
        let root = SitePaths.root(of: path)
        return TopicView(
            slug: topic.slug, title: topic.title, description: topic.description,
            href: root + SitePaths.topic(topic.slug),
            exercises: publication.exercises(in: topic).map { exercise in
                ExerciseSummary(id: exercise.id, title: exercise.title, href: root + SitePaths.exercise(exercise.id),
                                points: exercise.points.description, partCount: exercise.parts.count,
                                tags: exercise.metadata.tags)
            })
    }

    private func examLinks(from path: String, where include: (ExamSpec) -> Bool = { _ in true }) -> [ExamLink] {
        releasedExams.filter(include).reversed().map {
            ExamLink(id: $0.id, title: $0.title, date: $0.date.long, href: SitePaths.root(of: path) + SitePaths.exam($0.id))
        }
    }

    private func home() -> PageSpec {
        struct Home { var topics: [TopicView]; var exams: [ExamLink] }
        let path = SitePaths.home
        return PageSpec(destination: .site, path: path, template: "home", title: bank.course.title,
                        content: Home(topics: bank.course.topics.map { topicView($0, from: path) }, exams: examLinks(from: path)))
    }

    private func examsIndex() -> PageSpec {
        struct Exams { var exams: [ExamLink] }
        let path = SitePaths.exams
        return PageSpec(destination: .site, path: path, template: "exams", title: "Past exams",
                        content: Exams(exams: examLinks(from: path)))
    }

    private func topicPage(_ topic: Topic) -> PageSpec {
        let path = SitePaths.topic(topic.slug)
        return PageSpec(destination: .site, path: path, template: "topic", title: topic.title,
                        content: topicView(topic, from: path))
    }

    private func exercisePage(_ exercise: Exercise) -> PageSpec? {
        guard let rendered = rendered[exercise.id].flatMap({ publication.cut($0) }) else { return nil }
        let path = SitePaths.exercise(exercise.id)
        let topic = bank.course.topic(exercise.metadata.topic).map { topicView($0, from: path) }
        let exams = examLinks(from: path) { exam in bank.exercises(of: exam).contains { $0.id == exercise.id } }
        var view = ExerciseView(rendered, solutions: exercise.showsSolutions, rubrics: false, topic: topic, exams: exams)
        view.practice = publication.practice(practice[exercise.id] ?? [], of: exercise).enumerated().map { index, variant in
            var practiceView = ExerciseView(variant, solutions: exercise.showsSolutions, rubrics: false)
            practiceView.number = index + 1
            practiceView.parts = practiceView.parts.map { part in
                var part = part
                part.anchor = "practice\(index + 1)-\(part.label)"
                part.headingLevel = 4
                return part
            }
            return practiceView
        }
        return PageSpec(destination: .site, path: path, template: "exercise", title: exercise.title, content: view)
    }

    private func examPage(_ exam: ExamSpec) -> PageSpec {
        var edition = ExamEdition(asWritten: exam, in: bank)
        let exercises = edition.exercises.compactMap { exercise in
            rendered[exercise.id].flatMap { var r = $0; r.exercise.metadata.title = exercise.title; return publication.cut(r, inExam: true) }
        }
        edition.exercises = edition.exercises.map(publication.cut)
        let view = ExamView(edition, rendered: exercises, renderer: renderer, solutions: true, rubrics: false)
        return PageSpec(destination: .site, path: SitePaths.exam(exam.id), template: "exam",
                        title: "\(exam.title), \(exam.date.long)", content: view)
    }
}
