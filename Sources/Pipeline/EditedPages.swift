import Bank
import Render

/// The edited exercises of a rebuild after exercise edits, rendered (Markdown to HTML, with
/// their practice variants), and the pages to render from them. Nil when rendering them warns:
/// the full build then reports the warnings, in their place among the others.
struct EditedPages: Sendable {
    /// The edited exercises, filled in, with the bank's exams.
    let bank: Bank
    let renderer: SiteRenderer
    private var exercises: [String: RenderedExercise] = [:]
    private var practice: [String: [RenderedExercise]] = [:]

    init?(_ bank: Bank, _ computed: ComputedBank, renderer: SiteRenderer) {
        self.bank = bank
        self.renderer = renderer
        for exercise in computed.bank.exercises {
            let (rendered, warnings) = renderer.exercises.render(exercise)
            guard warnings.isEmpty else { return nil }
            exercises[exercise.id] = rendered
        }
        for (id, variants) in computed.practice {
            let results = variants.map(renderer.exercises.render)
            guard results.allSatisfy(\.1.isEmpty) else { return nil }
            practice[id] = results.map(\.0)
        }
    }

    /// The pages at `paths`, listing `listings` (every public exercise of the bank, in its order).
    func render(_ paths: Set<String>, listings: [ExerciseListing], into output: some OutputSink) async throws {
        try await renderer.renderPages(paths, of: bank, listings: listings, exercises: exercises, practice: practice, into: output)
    }
}
