import Bank
import Markup

/// What every page template receives: the course and the way back to the output root.
struct PageView {
    var title: String
    var root: String
    var course: CourseView
    var lang: String
    /// The printed words of the course's language (`{{labels.exercise}}`).
    var labels: [String: String]
    var content: Any
}

struct CourseView {
    var title: String
    var code: String
    var institution: String?
    var description: String?

    init(_ course: Course, renderer: ExerciseRenderer) {
        title = course.title
        code = course.code
        institution = course.institution
        description = course.description.map { renderer.markdown.render($0).html }
    }
}

struct TopicView {
    var slug: String
    var title: String
    var description: String?
    var href: String
    var exercises: [ExerciseSummary]
    var exerciseCountText: String

    init(slug: String, title: String, description: String?, href: String, exercises: [ExerciseSummary], labels: Labels) {
        self.slug = slug
        self.title = title
        self.description = description
        self.href = href
        self.exercises = exercises
        exerciseCountText = labels.counted(exercises.count, one: "exerciseCount", many: "exercisesCount")
    }
}

struct ExerciseSummary {
    var id: String
    var title: String
    var href: String
    var points: String
    /// "1 point", "4 points", in the course's language.
    var pointsText: String
    var partCount: Int
    /// "1 part", "3 parts", in the course's language.
    var partCountText: String
    var tags: [String]
}

/// An exercise as a page or an exam shows it.
struct ExerciseView {
    var id: String
    var number: Int?
    var title: String
    var points: String
    /// "1 point", "4 points", in the course's language.
    var pointsText: String
    var stem: String?
    var parts: [PartView]
    var tags: [String]
    var source: String?
    var topic: TopicView?
    var showSolutions: Bool
    /// Only the number and points may be shown (see `Publication`).
    var withheld: Bool
    var exams: [ExamLink]
    /// Other draws of a parametrized exercise's parameters, for practice (its own page only).
    var practice: [ExerciseView] = [] {
        didSet { hasSelfCheck = hasSelfCheck || practice.contains(where: \.hasSelfCheck) }
    }
    /// A machine-gradable part can be checked in the browser: the page loads the self-check script.
    var hasSelfCheck = false

    init(_ rendered: RenderedExercise, number: Int? = nil, title: String? = nil, root: String = "",
         solutions: Bool, rubrics: Bool, labels: Labels, topic: TopicView? = nil, exams: [ExamLink] = [],
         space: AnswerSpaceSpec? = nil) {
        let exercise = rendered.exercise
        id = exercise.id
        self.number = number
        self.title = title ?? exercise.title
        points = exercise.points.description
        pointsText = labels.points(exercise.points)
        stem = rendered.stem
        parts = rendered.parts.map {
            PartView($0, exerciseNumber: number, solution: solutions, rubric: rubrics, labels: labels,
                     space: space?.space(for: $0.part.label))
        }
        hasSelfCheck = parts.contains { $0.gradable?.check != nil }
        tags = exercise.metadata.tags
        source = exercise.metadata.source
        self.topic = topic
        showSolutions = solutions
        withheld = rendered.isWithheld
        self.exams = exams
    }
}

struct PartView {
    var label: String
    var anchor: String
    var partTitle: String?
    var points: String
    var pointsWord: String
    var question: String
    var answer: String?
    var rubric: [RubricView]
    var showRubric: Bool
    /// The rubric list is shown: on a key, for an open part (a machine-gradable part has none).
    var hasRubric: Bool
    /// Room for the student's answer (student copies only).
    var answerSpace: AnswerSpaceView?
    /// `h3` under an exam's `h2` exercise heading; `h2` on an exercise's own page, under its `h1`.
    var headingLevel: Int
    /// The heading level of the model answer and rubric headings, one below the part's.
    var subheadingLevel: Int
    /// Options, number box and stated answer of a machine-gradable part; nil for an open part.
    var gradable: GradableView?

    init(_ rendered: RenderedPart, exerciseNumber: Int?, solution: Bool, rubric: Bool, labels: Labels,
         space: AnswerSpace? = nil) {
        let part = rendered.part
        label = part.label
        anchor = exerciseNumber.map { "ex\($0)\(part.label)" } ?? "part-\(part.label)"
        partTitle = part.title
        points = part.points.description
        pointsWord = labels.points(part.points)
        answer = solution && rendered.gradable == nil ? rendered.answer : nil
        gradable = rendered.gradable.map {
            GradableView(part, $0, key: rubric, solution: solution, labels: labels, explanation: part.explanation == nil ? nil : rendered.answer)
        }
        hasRubric = rubric && rendered.gradable == nil
        question = Self.question(rendered, key: rubric, checkable: solution && !rubric, labels: labels)
        self.rubric = rubric ? rendered.rubric.map { RubricView(points: labels.points($0.points), criterion: $0.html) } : []
        showRubric = rubric
        answerSpace = rendered.gradable == nil ? space.map { AnswerSpaceView($0, points: part.points) } : nil
        headingLevel = exerciseNumber == nil ? 2 : 3
        subheadingLevel = headingLevel + 1
    }
}

extension PartView {
    /// The question's HTML with a cloze's blanks as boxes, or on the key as their values. Where
    /// the solution may be shown (`checkable`), each blank carries what the self-check compares with.
    static func question(_ rendered: RenderedPart, key: Bool, checkable: Bool, labels: Labels) -> String {
        guard let blanks = rendered.gradable?.blanks, !blanks.isEmpty else { return rendered.question }
        return ClozeMarkers.fill(rendered.question) { name in
            guard let blank = blanks.first(where: { $0.name == name }) else { return "" }
            let answer = key ? blank.keyHTML(labels) : ""
            let check = checkable ? blank.check.map { #" data-check="\#($0)""# } ?? "" : ""
            return #"<span class="blank" data-blank="\#(name)"\#(check)><span class="blank-label">(\#(name))</span>"#
                + (key ? #" <strong class="blank-answer">\#(answer)</strong>"# : #"<span class="blank-box"></span>"#)
                + (blank.options.isEmpty || key ? "" : " " + blank.options.map {
                    #"<span class="blank-option" data-letter="\#($0.letter)"><span class="box" aria-hidden="true">☐</span> \#($0.html)</span>"#
                }.joined(separator: " "))
                + "</span>"
        }
    }
}

extension RenderedBlank {
    /// `letters:B` or `range:6.5:7.5` for the self-check, as a whole part's check reads.
    var check: String? {
        if let numeric { return GradableView.interval(numeric) }
        let correct = options.filter(\.isCorrect).map(\.letter)
        return correct.isEmpty ? nil : "letters:" + correct.joined(separator: ",")
    }

    /// The blank's answer on the key: the value with its tolerance, or the correct option.
    func keyHTML(_ labels: Labels) -> String {
        if let numeric { return HTML.escape(ToleranceText.value(numeric, labels: labels)) }
        return options.filter(\.isCorrect).map(\.html).joined(separator: ", ")
    }
}

/// Ruled lines or an empty box, as the print template draws them.
struct AnswerSpaceView {
    /// One entry per ruled line; empty for a box.
    var lines: [Int]
    /// The CSS height of a box; nil for lines.
    var height: String?
    var description: String

    /// The space of a part worth `points` (which `auto` is sized by).
    init(_ space: AnswerSpace, points: Points) {
        let space = space.sized(for: points)
        switch space {
        case .lines(let count):
            lines = Array(1...count)
            height = nil
        case .box, .auto: // `sized(for:)` never leaves `auto`
            lines = []
            height = space.description
        }
        description = space.description
    }
}

struct RubricView {
    var points: String
    var criterion: String
}

struct ExamLink {
    var id: String
    var title: String
    var date: String
    var href: String
}
