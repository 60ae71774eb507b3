import Bank
import Foundation
import Markup
import Render
import Variants

/// Rendered exercises kept between builds of one `sitegen serve` session, keyed by the exercise's
/// content (its parsed text, front matter and place in the bank): an edit re-renders only the
/// exercises that changed — the bank's, each exam variant's and each practice copy's. A change of
/// the course's macros or of the theme empties it; what a build no longer uses is dropped.
public final class RenderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Key: (RenderedExercise, [Diagnostic])] = [:]
    private var used: Set<Key> = []
    private var context: [String] = []
    private var rendered = 0, reused = 0
    /// Exercises (of the bank, of exam variants and practice copies) rendered and reused by the last build.
    public private(set) var lastRendered = 0, lastReused = 0

    public init() {}

    /// Whether no build has rendered through it yet.
    var isEmpty: Bool { lock.withLock { entries.isEmpty } }

    /// Starts a build: empties the cache if the course's macros, `raw_html`, the theme or its words
    /// (the language, `labels:`; figures are drawn in them) changed.
    func begin(_ bank: Bank, with renderer: SiteRenderer) {
        let key = bank.course.macros + [renderer.theme.folder.path, "raw_html: \(bank.course.rawHTML)"]
            + renderer.labels.words.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        lock.withLock {
            if context != key { entries = [:]; context = key }
            used = []
            rendered = 0
            reused = 0
        }
    }

    /// Ends a build: keeps only what it used, and publishes the counts.
    func finish() {
        lock.withLock {
            entries = entries.filter { used.contains($0.key) }
            lastRendered = rendered
            lastReused = reused
        }
    }

    /// Publishes the counts of a rebuild after exercise edits, which rendered `rendered`
    /// exercises without the cache: every other one the last build rendered is reused.
    func count(rendered: Int) {
        lock.withLock {
            lastReused = max(0, lastRendered + lastReused - rendered)
            lastRendered = rendered
        }
    }

    /// The rendered form of each exercise, in order, rendering in parallel only those not cached.
    /// Each exercise is hashed once, in parallel: under the lock only the hashes are hashed.
    func render(_ exercises: [Exercise], with renderer: ExerciseRenderer) async -> [(RenderedExercise, [Diagnostic])] {
        let keys = await exercises.concurrentMap(Key.init)
        let missing: [Key] = lock.withLock {
            var seen: Set<Key> = []
            return keys.filter { entries[$0] == nil && seen.insert($0).inserted }
        }
        let results = await withTaskGroup(of: (Key, (RenderedExercise, [Diagnostic])).self) { group in
            for key in missing { group.addTask { (key, renderer.render(key.exercise)) } }
            var results: [(Key, (RenderedExercise, [Diagnostic]))] = []
            for await result in group { results.append(result) }
            return results
        }
        return lock.withLock {
            for (key, result) in results { entries[key] = result }
            rendered += missing.count
            reused += exercises.count - missing.count
            used.formUnion(keys)
            return keys.map { entries[$0]! }
        }
    }

    /// An exercise with its hash worked out once: a whole exercise (texts, front matter, source
    /// locations) is long to hash, and the cache's set and dictionary would hash it again and again.
    struct Key: Hashable, Sendable {
        let exercise: Exercise
        let hash: Int

        init(_ exercise: Exercise) {
            self.exercise = exercise
            hash = exercise.hashValue
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.exercise == b.exercise }
    }

    /// Markdown → HTML for every exercise of the bank, by id; warnings located in the bank files.
    func renderExercises(of bank: Bank, with renderer: SiteRenderer) async -> (exercises: [String: RenderedExercise], warnings: [Diagnostic]) {
        let results = await render(bank.exercises, with: renderer.exercises)
        return (Dictionary(results.map { ($0.0.exercise.id, $0.0) }, uniquingKeysWith: { first, _ in first }), results.flatMap(\.1))
    }

    /// Markdown → HTML for the exercises of every printed form of the exams, in their order.
    func renderEditions(_ editions: [ExamEdition], with renderer: SiteRenderer) async -> (editions: [(ExamEdition, [RenderedExercise])], warnings: [Diagnostic]) {
        let results = await render(editions.flatMap(\.exercises), with: renderer.exercises)
        var rest = results[...]
        var out: [(ExamEdition, [RenderedExercise])] = []
        for edition in editions {
            out.append((edition, rest.prefix(edition.exercises.count).map(\.0)))
            rest = rest.dropFirst(edition.exercises.count)
        }
        return (out, results.flatMap(\.1))
    }
}
