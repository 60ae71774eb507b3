/// `QuestionBank/exams/<id>.yml`: an exam as it is given on paper.
public struct ExamSpec: Sendable, Hashable, Identifiable, Decodable {
    /// The file name without `.yml`.
    public var id = ""
    public var title: String
    public var course: String
    public var date: ExamDate
    public var time: String?
    /// Minutes.
    public var duration: Int?
    /// Released exams, and their solutions, appear on the public site.
    public var released: Bool
    /// Cover-page instructions, Markdown.
    public var instructions: [String]
    public var closing: String?
    /// `cover:`: institution, room and seat, page count, signature and integrity statement.
    public var cover = CoverOptions()
    /// A total the author declares; the build checks it against the parts.
    public var declaredTotal: Points?
    public var items: [ExamItem]
    /// The paper size of the printed exam; A4 unless the file says `paper: letter`.
    public var paper: Paper = .a4
    /// How many randomized variants to make (A, B, …); none when absent.
    public var variants: Int?
    /// The seed every variant is drawn from; the same seed gives the same variants on any machine.
    public var seed: UInt64?
    /// Whether variants shuffle the order of exercises (fixed items stay) and of parts.
    public var shuffle: Shuffle = Shuffle()
    /// `roster:`: the students' CSV file, as written (relative to the exam file).
    public var rosterPath: String?
    /// The roster, read by the loader from `rosterPath`.
    public var roster: Roster?
    /// `scale:`: how totals become grades (`sitegen grade`).
    public var scale: GradeScale?
    public var location = SourceLocation(file: "", line: 1)
    /// Where each key stands in the file (`exercises[2].id`).
    public var keyLocations = KeyLocations()

    /// The most variants an exam may ask for.
    public static let maximumVariants = 10_000

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, course, date, time, duration, released, instructions, closing, cover, total, exercises, paper
        case variants, seed, shuffle, roster, scale
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        course = try c.decode(String.self, forKey: .course)
        let dateText = try c.decode(String.self, forKey: .date)
        guard let date = ExamDate(iso: dateText) else {
            throw InvalidValueError(codingPath: c.codingPath + [CodingKeys.date],
                                    message: ExamDate.problem(with: dateText))
        }
        self.date = date
        time = try c.decodeIfPresent(String.self, forKey: .time)
        duration = try c.decodeIfPresent(Int.self, forKey: .duration)
        released = try c.decodeIfPresent(Bool.self, forKey: .released) ?? false
        instructions = try c.decodeIfPresent([String].self, forKey: .instructions) ?? []
        closing = try c.decodeIfPresent(String.self, forKey: .closing)
        cover = try c.decodeIfPresent(CoverOptions.self, forKey: .cover) ?? CoverOptions()
        declaredTotal = c.contains(.total) ? try c.decodePoints(forKey: .total) : nil
        items = try c.decode([ExamItem].self, forKey: .exercises)
        paper = try c.decodeChoice(forKey: .paper) ?? .a4
        variants = try c.decodeIfPresent(Int.self, forKey: .variants)
        if let n = variants, !(1...Self.maximumVariants).contains(n) {
            throw InvalidValueError(codingPath: c.codingPath + [CodingKeys.variants],
                                    message: "`variants` must be between 1 and \(Self.maximumVariants), got \(n)")
        }
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed)
        shuffle = try c.decodeIfPresent(Shuffle.self, forKey: .shuffle) ?? Shuffle()
        rosterPath = try c.decodeIfPresent(String.self, forKey: .roster)
        if let rosterPath, rosterPath.isEmpty || !rosterPath.lowercased().hasSuffix(".csv") {
            throw InvalidValueError(codingPath: c.codingPath + [CodingKeys.roster],
                                    message: "`roster` names a CSV file relative to the exam file, such as `students.csv`, got `\(rosterPath)`")
        }
        scale = try c.decodeIfPresent(GradeScale.self, forKey: .scale)
    }
}

/// What variants shuffle.
public struct Shuffle: Sendable, Hashable, Decodable {
    /// Exercise order; items marked `fixed: true` keep their place.
    public var exercises = false
    /// Part order within each exercise; parts are relettered (a), (b), … after shuffling.
    public var parts = false

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case exercises, parts
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        exercises = try c.decodeIfPresent(Bool.self, forKey: .exercises) ?? false
        parts = try c.decodeIfPresent(Bool.self, forKey: .parts) ?? false
    }
}

/// One slot of an exam: a given exercise, or `pick` exercises drawn per variant from a pool
/// (`from: [ids]` or `tag: cnn`).
public struct ExamItem: Sendable, Hashable, Decodable {
    /// The exercise of a fixed slot; empty for a pool.
    public var exerciseID: String
    /// The candidates of a pool, listed by id.
    public var pool: [String]?
    /// The candidates of a pool: every exercise with this tag.
    public var tag: String?
    /// How many exercises a pool gives.
    public var pick: Int = 1
    /// Keeps its place when variants shuffle the exercises.
    public var fixed = false
    /// Replaces the exercise's title in this exam.
    public var title: String?
    /// Room for the answers in the student copy, per part or for all parts.
    public var space: AnswerSpaceSpec?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, space, from, tag, pick, fixed
    }

    /// Whether the slot draws from a pool.
    public var isPool: Bool { pool != nil || tag != nil }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        exerciseID = try c.decodeIfPresent(String.self, forKey: .id) ?? ""
        pool = try c.decodeIfPresent([String].self, forKey: .from)
        tag = try c.decodeIfPresent(String.self, forKey: .tag)
        pick = try c.decodeIfPresent(Int.self, forKey: .pick) ?? 1
        fixed = try c.decodeIfPresent(Bool.self, forKey: .fixed) ?? false
        let sources = [c.contains(.id), pool != nil, tag != nil].filter { $0 }.count
        guard sources == 1 else {
            throw InvalidValueError(codingPath: c.codingPath,
                                    message: "an exam entry names one exercise (`id:`) or one pool (`from: [ids]` or `tag:`), not \(sources == 0 ? "none" : "several")")
        }
        guard pick >= 1, !c.contains(.pick) || isPool else {
            throw InvalidValueError(codingPath: c.codingPath + [CodingKeys.pick],
                                    message: "`pick` is a positive number of exercises drawn from a pool (`from:` or `tag:`)")
        }
        title = try c.decodeIfPresent(String.self, forKey: .title)
        space = try c.decodeAnswerSpace(forKey: .space)
    }
}

