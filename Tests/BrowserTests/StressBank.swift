import Foundation
import TestSupport

/// A bank written to stress page breaking: long stems, long model answers, many figures, long
/// rubric lists, formula-heavy answers, many short parts and answer space. Its text is generated
/// (deterministically) from a few sentences; only its shape matters.
enum StressBank {
    static let exam = "stress-2026-06-30"

    /// Writes the bank into a new scratch folder and returns it.
    static func write() throws -> URL {
        let bank = Scratch.url("sitegen-stress-bank")
        let exercises = bank.appendingPathComponent("exercises"), exams = bank.appendingPathComponent("exams")
        try FileManager.default.createDirectory(at: exercises, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: exams, withIntermediateDirectories: true)
        try course.write(to: bank.appendingPathComponent("course.yml"), atomically: true, encoding: .utf8)
        for (id, title, body) in self.exercises {
            let file = "---\nid: \(id)\ntitle: \(title)\ntopic: stress\nvisibility: public\nsolutions: public\n---\n\n\(body)"
            try file.write(to: exercises.appendingPathComponent("\(id).md"), atomically: true, encoding: .utf8)
        }
        try examFile.write(to: exams.appendingPathComponent("\(exam).yml"), atomically: true, encoding: .utf8)
        return bank
    }

    static let course = """
        title: Page Breaks Under Stress
        code: "PB101"
        language: en
        description: A bank whose exam is hard to print well.
        topics:
          - slug: stress
            title: Stress
            description: Exercises shaped to break pages badly.

        """

    static let examFile = """
        title: Page Breaks Under Stress
        course: "PB101"
        date: 2026-06-30
        time: "9:00-12:00"
        duration: 180
        instructions:
          - Every exercise of this exam is shaped to test where pages break.
        closing: Good luck!
        variants: 1
        exercises:
          - id: long-stem
            space: {a: 3cm}
          - id: long-answer
          - id: many-figures
          - id: long-rubric
          - id: formulas
          - id: many-parts
            space: 5 lines
          - id: tall-stem-and-part
            space: {a: 12 lines}

        """

    static let sentences = [
        "The gradient of the loss with respect to each weight is found by the chain rule, layer by layer, from the output back to the input.",
        "A convolution shares one small kernel over every position of the image, so the number of parameters does not depend on the image size.",
        "When the recurrent weight is below the critical value the signal shrinks at every step, and the gradient vanishes over long sequences.",
        "Dropout removes a random half of the hidden units at every step of training, which keeps units from relying on one another.",
        "An autoencoder learns to copy its input through a narrow code, and the code then holds what matters most about the data.",
        "Weight decay adds the squared norm of the weights to the loss, which pulls every weight towards zero at a rate set by its coefficient.",
        "The discriminator and the generator are trained in turns: one to tell real samples from generated ones, the other to fool it.",
        "Batch normalisation rescales each unit's pre-activation over the batch, which lets larger learning rates train without diverging.",
    ]

    /// `count` sentences starting at `start`, as one paragraph.
    static func paragraph(_ start: Int, _ count: Int = 4) -> String {
        (0..<count).map { sentences[(start + $0) % sentences.count] }.joined(separator: " ")
    }

    static func paragraphs(_ count: Int, from start: Int = 0, sentences: Int = 4) -> String {
        (0..<count).map { paragraph(start + 3 * $0, sentences) }.joined(separator: "\n\n")
    }

    static func rubric(_ items: Int, start: Int = 0, sentences: Int = 1) -> String {
        "### Rubric\n\n" + (0..<items).map { "- [1 point] Names and explains the step: \(paragraph(start + $0, sentences)) Also accept an equivalent argument." }
            .joined(separator: "\n") + "\n"
    }

    static func part(_ label: String, points: Int, question: String, answer: String, rubricStart: Int = 0, rubricSentences: Int = 1) -> String {
        "## (\(label)) [\(points) \(points == 1 ? "point" : "points")]\n\n\(question)\n\n### Answer\n\n\(answer)\n\n"
            + rubric(points, start: rubricStart, sentences: rubricSentences) + "\n"
    }

    static let chainRule = """
        $$
        \\frac{\\partial L}{\\partial W^{(1)}} = \\frac{\\partial L}{\\partial y}\\,\\frac{\\partial y}{\\partial h}\\,\\frac{\\partial h}{\\partial W^{(1)}}
        = \\big(y - t\\big)\\, W^{(2)}\\, \\sigma'\\big(W^{(1)} x\\big)\\, x^{\\top}
        $$
        """

    static let aligned = """
        $$
        \\begin{aligned}
        h^{(t)} &= \\tanh\\big(W h^{(t-1)} + U x^{(t)} + b\\big) \\\\
        \\frac{\\partial h^{(T)}}{\\partial h^{(1)}} &= \\prod_{t=2}^{T} \\operatorname{diag}\\big(1 - (h^{(t)})^2\\big)\\, W \\\\
        \\Big\\lVert \\frac{\\partial h^{(T)}}{\\partial h^{(1)}} \\Big\\rVert &\\le \\big(\\lVert W \\rVert \\max_z \\tanh'(z)\\big)^{T-1}
        \\end{aligned}
        $$
        """

    static let matrix = """
        $$
        W = \\begin{pmatrix} 0.5 & -1 & 0.25 \\\\ 1 & 0.75 & -0.5 \\\\ -0.25 & 0.5 & 1 \\end{pmatrix}, \\qquad
        x = \\begin{pmatrix} 1 \\\\ -2 \\\\ 0.5 \\end{pmatrix}, \\qquad
        W x = \\begin{pmatrix} 2.625 \\\\ -0.75 \\\\ -0.75 \\end{pmatrix}
        $$
        """

    static let activationPlot = "```figure\nkind: activation_plot\nfunctions: [logistic, tanh]\nrange: [-4, 4]\n```"
    static let lossCurve = "```figure\nkind: loss_curve\ntask: xor\nhidden: 4\noptimizer: adam\nlearning_rate: 0.1\nsteps: 300\nseed: 42\n```"
    static let gradientPlot = "```figure\nkind: gradient_ratio_plot\nactivation: shifted_logistic\nsteps: 50\nw: [3, 5]\npoints: [3.9, 4, 4.1]\n```"
    static let network = """
        ```figure
        kind: network
        caption: Two MLPs with linear activations
        networks:
          - name: Network A
            layers: [100, 100]
          - name: Network B
            layers: [100, {units: 10, note: hidden}, 100]
        ```
        """

    static let table = """
        | Layer | Output shape | Parameters |
        |---|---|---|
        | input | 3 × 32 × 32 | 0 |
        | conv 3 × 3, 16 | 16 × 32 × 32 | 448 |
        | max pool 2 × 2 | 16 × 16 × 16 | 0 |
        | conv 3 × 3, 32 | 32 × 16 × 16 | 4,640 |
        | dense 10 | 10 | 81,930 |
        """

    static let exercises: [(id: String, title: String, body: String)] = [
        ("long-stem", "A long stem",
         paragraphs(3, from: 0, sentences: 3) + "\n\n" + chainRule + "\n\n" + activationPlot + "\n\n"
            + part("a", points: 2, question: paragraph(1, 2), answer: paragraphs(2, from: 2))
            + part("b", points: 2, question: paragraph(4, 2), answer: paragraphs(2, from: 5))),
        ("long-answer", "A long model answer",
         part("a", points: 6, question: paragraph(2, 3),
              answer: [paragraphs(5, from: 1), chainRule, paragraphs(4, from: 3), lossCurve, paragraphs(4, from: 6), table,
                       paragraphs(3, from: 2), aligned, paragraphs(4, from: 5)].joined(separator: "\n\n"))
            + part("b", points: 3, question: paragraph(6, 2), answer: paragraphs(3, from: 4))),
        ("many-figures", "Many figures",
         network + "\n\n" + paragraph(3, 2) + "\n\n"
            + part("a", points: 2, question: paragraph(0, 2) + "\n\n" + activationPlot, answer: paragraph(5) + "\n\n" + gradientPlot)
            + part("b", points: 2, question: paragraph(2, 2) + "\n\n" + lossCurve, answer: paragraph(7) + "\n\n" + network)
            + part("c", points: 2, question: paragraph(4, 2), answer: gradientPlot + "\n\n" + paragraph(1) + "\n\n" + activationPlot)),
        ("long-rubric", "Long rubric lists",
         paragraph(6, 2) + "\n\n"
            + part("a", points: 14, question: paragraph(0, 3), answer: paragraphs(2, from: 4), rubricStart: 0, rubricSentences: 3)
            + part("b", points: 10, question: paragraph(3, 2), answer: paragraph(1), rubricStart: 3, rubricSentences: 2)),
        ("formulas", "Formulas",
         matrix + "\n\n" + paragraph(7, 2) + "\n\n"
            + part("a", points: 3, question: paragraph(2, 2), answer: [aligned, paragraph(3), matrix, chainRule, paragraph(5), aligned].joined(separator: "\n\n"))
            + part("b", points: 3, question: paragraph(0, 2) + "\n\n" + chainRule, answer: [matrix, aligned, paragraphs(2, from: 1), chainRule].joined(separator: "\n\n"))),
        ("many-parts", "Many short parts",
         paragraph(1, 2) + "\n\n"
            + ["a", "b", "c", "d", "e", "f", "g", "h", "i"].enumerated().map { index, label in
                part(label, points: 1, question: paragraph(index, 1), answer: paragraph(index + 2, 2), rubricStart: index)
            }.joined()),
        ("tall-stem-and-part", "A tall stem with a tall first part",
         paragraphs(4, from: 2, sentences: 4) + "\n\n" + matrix + "\n\n"
            + part("a", points: 3, question: paragraphs(2, from: 5, sentences: 3) + "\n\n" + lossCurve, answer: paragraphs(3, from: 0))
            + part("b", points: 2, question: paragraph(3, 2), answer: paragraphs(2, from: 6))),
    ]
}
