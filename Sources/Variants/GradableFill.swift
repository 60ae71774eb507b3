import Bank
import DeepLearning
import Foundation

/// One variant's machine-gradable answer of a part: option texts and numbers filled in with the
/// variant's values, options in their printed order (a seeded shuffle that keeps pinned options in
/// place), and every numeric value computed — then proven sound by `AnswerProof`.
struct GradableFill {
    var scope: [String: Value]
    var placeholders: PlaceholderTable
    var exerciseID: String
    /// The seed of the variant (0 for the exercise as written); each part shuffles from its own stream.
    var seed: UInt64

    func fill(_ part: Part) throws(VariantError) -> Part {
        guard let gradable = part.gradable else { return part }
        var filled = part
        filled.explanation = try part.explanation.map(text)
        if let explanation = filled.explanation { filled.answer = explanation }
        var rng = Xoshiro256StarStar(seed: seed ^ stableHash("options/\(exerciseID)/\(part.label)"))
        switch gradable {
        case .choice(let choice): filled.gradable = .choice(try fill(choice, "part (\(part.label))", at: part.location, &rng))
        case .trueFalse: break
        case .numeric(let numeric): filled.gradable = .numeric(try fill(numeric))
        case .cloze(let blanks):
            filled.gradable = .cloze(try blanks.map { (blank) throws(VariantError) in
                var b = blank
                switch blank.answer {
                case .numeric(let numeric): b.answer = .numeric(try fill(numeric))
                case .choice(let choice): b.answer = .choice(try fill(choice, "blank (\(blank.name)) of part (\(part.label))", at: blank.location, &rng))
                }
                return b
            })
        }
        try AnswerProof.verify(filled, exerciseID: exerciseID)
        return filled
    }

    /// The options filled in, proven distinct in their written order (so that a report names the
    /// same pair in every draw), then shuffled; pinned options keep their written positions.
    private func fill(_ choice: Choice, _ name: String, at location: SourceLocation, _ rng: inout Xoshiro256StarStar) throws(VariantError) -> Choice {
        var options = try choice.options.map { (option) throws(VariantError) in
            var o = option
            o.text = try text(option.text)
            return o
        }
        try AnswerProof.verify(Choice(allowsSeveral: choice.allowsSeveral, options: options), in: name, at: location, exerciseID)
        let movable = options.indices.filter { !options[$0].isPinned }
        let order = Shuffle.shuffled(movable, using: &rng)
        let written = options
        for (target, source) in zip(movable, order) { options[target] = written[source] }
        return Choice(allowsSeveral: choice.allowsSeveral, options: options)
    }

    private func fill(_ numeric: NumericAnswer) throws(VariantError) -> NumericAnswer {
        var filled = numeric
        filled.resolved = try number(numeric.value)
        filled.value = try text(numeric.value)
        filled.distractors = try numeric.distractors.map { (wrong) throws(VariantError) in
            var w = wrong
            w.text = try text(wrong.text)
            return w
        }
        filled.distractorValues = try numeric.distractors.map { (wrong) throws(VariantError) in try number(wrong.text) }
        return filled
    }

    private func text(_ markdown: MarkdownText) throws(VariantError) -> MarkdownText {
        try Placeholders.substitute(markdown, scope, placeholders, exerciseID: exerciseID)
    }

    /// The value of `[[expression]]` at full precision (whatever format prints it), or of a literal.
    func number(_ written: MarkdownText) throws(VariantError) -> Double {
        let source = written.text.trimmingCharacters(in: .whitespaces)
        if let literal = Double(source), literal.isFinite { return literal }
        guard source.hasPrefix("[["), source.hasSuffix("]]") else {
            throw VariantError(exerciseID: exerciseID, location: written.location, message: "`\(source)` is not a number or one `[[expression]]`")
        }
        let inside = String(source.dropFirst(2).dropLast(2))
        let compiled: Placeholder
        if let known = placeholders.compiled[inside] { compiled = known } else {
            switch Placeholders.compile(inside) {
            case .success(let placeholder): compiled = placeholder
            case .failure(let failure): throw VariantError(exerciseID: exerciseID, location: written.location, message: failure.message)
            }
        }
        let value: Value
        do throws(EvaluationError) { value = try compiled.expression.evaluate(in: scope) } catch {
            throw VariantError(exerciseID: exerciseID, location: written.location, message: "`\(source)`: \(error.message)")
        }
        guard let x = value.number, x.isFinite else {
            throw VariantError(exerciseID: exerciseID, location: written.location, message: "`\(source)` is \(value), not one finite number, so it cannot be a numeric answer")
        }
        return x
    }
}
