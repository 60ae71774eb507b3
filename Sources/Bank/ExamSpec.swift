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
    /// A total the author declares; the build checks it against the parts.
    public var declaredTotal: Points?
    public var items: [ExamItem]
    /// The paper size of the printed exam; A4 unless the file says `paper: letter`.
    public var paper: Paper = .a4
    public var location = SourceLocation(file: "", line: 1)
    /// Where each key stands in the file (`exercises[2].id`).
    public var keyLocations = KeyLocations()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, course, date, time, duration, released, instructions, closing, total, exercises, paper
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
        declaredTotal = c.contains(.total) ? try c.decodePoints(forKey: .total) : nil
        items = try c.decode([ExamItem].self, forKey: .exercises)
        paper = try c.decodeChoice(forKey: .paper) ?? .a4
    }
}

/// One exercise slot of an exam.
public struct ExamItem: Sendable, Hashable, Decodable {
    public var exerciseID: String
    /// Replaces the exercise's title in this exam.
    public var title: String?
    /// Room for the answers in the student copy, per part or for all parts.
    public var space: AnswerSpaceSpec?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, space
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        exerciseID = try c.decode(String.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        space = try c.decodeAnswerSpace(forKey: .space)
    }
}

