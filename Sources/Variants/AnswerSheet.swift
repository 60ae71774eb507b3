import Bank
import Foundation

/// `answers.json`: every variant of an exam with its code, fingerprint, total and, per part, the
/// exercise, points, kind, parameters, engine-computed values and machine-gradable answer — for
/// graders and for other tools, which decode it with these types.
public struct AnswerSheet: Codable, Sendable, Hashable {
    /// 2: every part has `kind`, and machine-gradable parts their options, number or blanks.
    public static let formatVersion = 2

    public var format: Int
    public var exam: String
    public var title: String
    public var date: String
    public var seed: UInt64
    public var asWritten: Form
    public var variants: [Variant]

    enum CodingKeys: String, CodingKey {
        case format, exam, title, date, seed, variants
        case asWritten = "as_written"
    }

    /// The exam as written (default parameters).
    public struct Form: Codable, Sendable, Hashable {
        public var points: Double
        public var parts: [Item]
    }

    public struct Variant: Codable, Sendable, Hashable {
        public var code: String
        public var fingerprint: String
        public var points: Double
        public var parts: [Item]
    }

    /// One part of one form, in printed order.
    public struct Item: Codable, Sendable, Hashable {
        public var exercise: String
        /// The exercise's position in the form, from 1.
        public var number: Int
        public var part: String
        public var points: Double
        public var parameters: [String: Value]
        public var values: [String: Value]
        public var kind: PartKind
        public var options: [PrintedOption]?
        public var numeric: NumericKey?
        public var blanks: [BlankKey]?

        /// The machine-gradable answer of this item.
        public var answer: PartAnswer {
            PartAnswer(kind: kind, options: options, numeric: numeric, blanks: blanks)
        }
    }

    /// `asWritten` holds the exercises of the exam as written (default parameters), in order.
    public init(exam: ExamSpec, seed: UInt64, asWritten: [ExerciseVariant], variants: [ExamVariant]) {
        format = Self.formatVersion
        self.exam = exam.id
        title = exam.title
        date = exam.date.iso
        self.seed = seed
        self.asWritten = Form(points: asWritten.map(\.exercise.points).sum().value, parts: Self.items(asWritten))
        self.variants = variants.map(Variant.init)
    }

    /// The sheet as `answers.json` holds it: pretty-printed with sorted keys, ending in a newline.
    public static func json(exam: ExamSpec, seed: UInt64, asWritten: [ExerciseVariant], variants: [ExamVariant]) -> Data {
        let data = (try? encoder.encode(AnswerSheet(exam: exam, seed: seed, asWritten: asWritten, variants: variants))) ?? Data()
        return data + Data("\n".utf8)
    }

    /// How `answers.json` is written: pretty-printed, keys sorted, slashes as they are.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func items(_ exercises: [ExerciseVariant]) -> [Item] {
        exercises.enumerated().flatMap { number, exercise in
            exercise.exercise.parts.map { part in
                let answer = PartAnswer(part)
                return Item(exercise: exercise.exercise.id, number: number + 1, part: part.label, points: part.points.value,
                            parameters: exercise.parameters, values: exercise.computed, kind: answer.kind,
                            options: answer.options, numeric: answer.numeric, blanks: answer.blanks)
            }
        }
    }
}
