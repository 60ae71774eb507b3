import Bank

extension GradableAnswer {
    /// The part as a student may see it without the solution: the options, but not which are
    /// right or which mistake each stands for, and no numbers.
    var withoutAnswers: GradableAnswer {
        switch self {
        case .choice(let choice): .choice(choice.withoutAnswers)
        case .trueFalse: .trueFalse(false)
        case .numeric(let numeric): .numeric(numeric.withoutAnswers)
        case .cloze(let blanks): .cloze(blanks.map { blank in
            var b = blank
            switch blank.answer {
            case .choice(let choice): b.answer = .choice(choice.withoutAnswers)
            case .numeric(let numeric): b.answer = .numeric(numeric.withoutAnswers)
            }
            return b
        })
        }
    }
}

extension Choice {
    var withoutAnswers: Choice {
        Choice(allowsSeveral: allowsSeveral, options: options.map { option in
            ChoiceOption(text: option.text, isCorrect: false, isPinned: option.isPinned)
        })
    }
}

extension NumericAnswer {
    var withoutAnswers: NumericAnswer {
        NumericAnswer(value: MarkdownText("", at: value.location), tolerance: tolerance)
    }
}

extension RenderedGradable {
    var withoutAnswers: RenderedGradable {
        RenderedGradable(options: options.map { RenderedOption(letter: $0.letter, html: $0.html, isCorrect: false) },
                         blanks: blanks.map { RenderedBlank(name: $0.name, points: $0.points, options: $0.options.map {
                             RenderedOption(letter: $0.letter, html: $0.html, isCorrect: false)
                         }, numeric: nil) })
    }
}
