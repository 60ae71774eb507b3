import Bank
import Foundation
import Markup
import Render

/// Rendered exercises kept between builds of one `sitegen serve` session, keyed by the exercise's
/// content (its parsed text, front matter and place in the bank): an edit re-renders only the
/// exercises that changed. A change of the course's macros or of the theme empties it.
public final class RenderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Exercise: (RenderedExercise, [Diagnostic])] = [:]
    private var context: [String] = []
    /// Exercises rendered and reused by the last build.
    public private(set) var lastRendered = 0, lastReused = 0

    public init() {}

    /// The rendered exercises of `bank`, reusing every exercise whose content has not changed.
    func render(_ bank: Bank, with renderer: SiteRenderer) async -> (exercises: [String: RenderedExercise], warnings: [Diagnostic]) {
        let key = bank.course.macros + [renderer.theme.folder.path]
        let missing: [Exercise] = lock.withLock {
            if context != key { entries = [:]; context = key }
            return bank.exercises.filter { entries[$0] == nil }
        }
        let exerciseRenderer = renderer.exercises
        let results = await withTaskGroup(of: (Exercise, (RenderedExercise, [Diagnostic])).self) { group in
            for exercise in missing { group.addTask { (exercise, exerciseRenderer.render(exercise)) } }
            var results: [(Exercise, (RenderedExercise, [Diagnostic]))] = []
            for await result in group { results.append(result) }
            return results
        }
        return lock.withLock {
            // Forget exercises that are no longer in the bank.
            for (exercise, result) in results { entries[exercise] = result }
            let current = Set(bank.exercises)
            entries = entries.filter { current.contains($0.key) }
            lastRendered = missing.count
            lastReused = bank.exercises.count - missing.count
            var exercises: [String: RenderedExercise] = [:]
            var warnings: [Diagnostic] = []
            for exercise in bank.exercises {
                guard let (rendered, found) = entries[exercise] else { continue }
                exercises[exercise.id] = rendered
                warnings += found
            }
            return (exercises, warnings)
        }
    }
}
