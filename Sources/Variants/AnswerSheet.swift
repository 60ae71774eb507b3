import Bank
import Foundation

/// `answers.json`: every variant of an exam with its code, fingerprint, total and, per part, the
/// exercise, points, parameters and engine-computed values — for graders and for other tools.
public enum AnswerSheet {
    public static let formatVersion = 1

    /// `asWritten` holds the exercises of the exam as written (default parameters), in order.
    public static func json(exam: ExamSpec, seed: UInt64, asWritten: [ExerciseVariant], variants: [ExamVariant]) -> Data {
        let document: [String: Any] = [
            "format": formatVersion,
            "exam": exam.id,
            "title": exam.title,
            "date": exam.date.iso,
            "seed": seed,
            "as_written": [
                "points": asWritten.map(\.exercise.points).sum().value,
                "parts": parts(asWritten),
            ] as [String: Any],
            "variants": variants.map { variant in
                [
                    "code": variant.code,
                    "fingerprint": variant.fingerprint,
                    "points": variant.points.value,
                    "parts": parts(variant.exercises),
                ] as [String: Any]
            },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return data + Data("\n".utf8)
    }

    private static func parts(_ exercises: [ExerciseVariant]) -> [[String: Any]] {
        exercises.enumerated().flatMap { number, exercise in
            exercise.exercise.parts.map { part in
                [
                    "exercise": exercise.exercise.id,
                    "number": number + 1,
                    "part": part.label,
                    "points": part.points.value,
                    "parameters": exercise.parameters.mapValues(\.json),
                    "values": exercise.computed.mapValues(\.json),
                ] as [String: Any]
            }
        }
    }
}
