import Bank

/// A short hash of a variant's seed and the exact bank content it used: the same on any machine,
/// and different as soon as one used exercise changes.
public enum Fingerprint {
    public static func of(seed: UInt64, code: String, exam: ExamSpec, exercises: [Exercise]) -> String {
        of(seed: seed, code: code, exam: exam, contents: exercises.map(content(of:)))
    }

    /// The same from each exercise's `content(of:)`, which a `VariantMaker` works out once per
    /// exercise rather than once per variant.
    static func of(seed: UInt64, code: String, exam: ExamSpec, contents: [String]) -> String {
        var text = "sitegen-variant/1\n\(seed)\n\(code)\n\(exam.id)\n\(exam.title)\n\(exam.date.iso)\n"
        for content in contents { text += content }
        return short(text)
    }

    /// The first 8 of the 16 hex digits of the text's stable hash.
    static func short(_ text: String) -> String {
        let hex = String(stableHash(text), radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(8))
    }

    /// Everything of an exercise that can change what a variant prints.
    static func content(of exercise: Exercise) -> String {
        var text = "exercise \(exercise.id)\n\(exercise.metadata.title)\n\(exercise.metadata.declarations)\n"
        text += exercise.stem?.text ?? ""
        for part in exercise.parts {
            text += "\n## \(part.label) \(part.points)\n\(part.question.text)\n\(part.answer.text)\n"
            for item in part.rubric { text += "- \(item.points) \(item.criterion.text)\n" }
        }
        return text
    }
}

extension ParameterDeclarations: CustomStringConvertible {
    public var description: String {
        let parameters = self.parameters.keys.sorted().map { "\($0)=\(self.parameters[$0]!)" }.joined(separator: ";")
        let derived = self.derived.keys.sorted().map { "\($0)=\(self.derived[$0]!)" }.joined(separator: ";")
        let compute = self.compute.keys.sorted().map { "\($0)=\(self.compute[$0]!)" }.joined(separator: ";")
        // Results join the text only when there are some, so that the fingerprints of exercises
        // written before `results:` existed stay what their printed copies show.
        let results = self.results.keys.sorted().map { "\($0)=\(self.results[$0]!)" }.joined(separator: ";")
        return [parameters, derived, constraints.joined(separator: ";"), model?.description ?? "", compute,
                checks.joined(separator: ";")].joined(separator: "|") + (results.isEmpty ? "" : "|results:" + results)
    }
}

extension Fingerprint {
    /// The fingerprint of one exercise's variant outside an exam (an LMS pool of a topic): its
    /// seed, code and the exercise's content.
    public static func of(seed: UInt64, code: String, exercise: Exercise) -> String {
        short("sitegen-exercise-variant/1\n\(seed)\n\(code)\n" + content(of: exercise))
    }
}
