import Bank
import Foundation
import Render

extension SiteBuilder {
    /// The rebuild after edits to exercise files alone (`ExerciseEdits`): loads, checks, computes
    /// and renders only the edited exercises, renders again the pages that list exercises (their
    /// topics' pages, the home page, the search index) from the last build's records of the others
    /// (`ExerciseRecords`), and writes the files whose bytes changed, in place; every other file
    /// stays. Nil, with nothing written, when the edits reach further than it follows — an
    /// exercise that an exam holds or could hold, an id another file has, any diagnostic (the
    /// full build then says exactly what it says), an output file not as the last build left it.
    func rebuildAfterExerciseEdits(_ cached: CachedBuild) async throws(DiagnosticError) -> BuildReport? {
        let exercisesFolder = options.bank.standardizedFileURL.appendingPathComponent("exercises").path
        guard let previous = cached.previous, let summary = previous.summary,
              let edits = ExerciseEdits(from: previous, to: cached.inputs, key: cached.key, exercises: exercisesFolder)
        else { return nil }
        // The last build's records (at 10,000 exercises, a 35 MB search index to cut) are read,
        // and the output checked (20,000 files), on other cores while the edited files load and
        // render; nothing is written before both are in.
        let writer = OutputWriter(site: options.site, privateOutput: options.privateOutput)
        async let recalled = cached.exerciseRecords
        async let intact = previous.outputsIntact(in: writer.folders)
        var report = BuildReport()
        let bank: Bank? = timed(.load, &report) { () -> Bank? in
            try? BankLoader(root: options.bank, rosters: options.rosters).load(exerciseFiles: edits.changed)
        }
        // Only exercise files changed: the last build's theme, macros and words still hold. When
        // serve does not keep them, they load (the theme's language files, 25 ms) while the records are read.
        async let loadedRenderer = { [cached] () -> SiteRenderer? in
            guard let course = bank?.course else { return nil }
            return cached.recalledRenderer ?? (try? renderer(for: course))
        }()
        guard let records = await recalled, edits.removed.allSatisfy({ records.exercises[$0] != nil }) else { return nil }
        let touched = edits.touched
        let before = touched.compactMap { records.exercises[$0] }
        let kept = records.exercises.values.lazy.filter { !touched.contains($0.file) }
        guard let bank, timed(.validate, &report, { () -> Bool in
            let ids = Set(before.map(\.id) + bank.exercises.map(\.id))
            let tags = Set(before.flatMap(\.tags) + bank.exercises.flatMap(\.metadata.tags))
            let taken = Set(kept.map(\.id))
            return !bank.exams.contains { $0.mayHold(ids: ids, tags: tags) } && !bank.exercises.contains { taken.contains($0.id) }
                && BankValidator().diagnostics(for: Bank(course: bank.course, exercises: bank.exercises, exams: [])).isEmpty
        }) else { return nil }
        let edited = Bank(course: bank.course, exercises: bank.exercises, exams: [])
        guard let computed = await timed(.compute, &report, { () async -> ComputedBank? in
            try? await ComputedBank(edited, variants: options.variants, seed: options.seed)
        }) else { return nil }

        let start = ContinuousClock.now
        // The home page lists the released exams too.
        let withExams = Bank(course: computed.bank.course, exercises: computed.bank.exercises, exams: bank.exams)
        guard let renderer = await loadedRenderer, let pages = EditedPages(withExams, computed, renderer: renderer) else { return nil }
        let fresh = await ExerciseRecord.records(of: computed.bank.exercises, Publication(computed.bank))
        var all = records.replacing(touched, with: fresh, course: bank.course)
        all.made = cached.made
        let gone = Set(before.compactMap(\.listing?.id)).subtracting(fresh.compactMap(\.listing?.id)).sorted().map(SitePaths.exercise)
        var paths: Set<String> = [SitePaths.home]
        let topics = Set((before + fresh).compactMap(\.listing?.topic))
        for topic in topics { paths.insert(SitePaths.topic(topic)) }
        for listing in fresh.compactMap(\.listing) { paths.insert(SitePaths.exercise(listing.id)) }

        guard await intact else { return nil }
        let output = try ChangedOutput(writer, known: previous.outputs, stamps: cached.stamps, removing: [.site: gone])
        do {
            // The search index's parts of the topics the edits touch (3.5 MB each at 10,000
            // exercises in 10 topics) are made on one core while the pages render.
            let listed = all.listed
            let index = all.searchIndex(of: listed)
            async let written: Void = { [index] in
                for file in [index.script] + topics.sorted().map(index.part) { try output.write(file) }
            }()
            try await pages.render(paths, listings: listed.compactMap(\.listing), into: output)
            try await written
        } catch {
            throw writer.failure(error)
        }
        log(.render, start.duration(to: .now), into: &report)

        cached.cache.forget()
        let changes = try timed(.write, &report) { () throws(DiagnosticError) in try output.commit() } ?? .init()
        var outputs = previous.outputs
        for path in gone { outputs[.site]?[path] = nil }
        for (destination, stamps) in cached.stamps.all { outputs[destination, default: [:]].merge(stamps) { $1 } }
        report.siteFiles = summary.siteFiles + (outputs[.site]?.count ?? 0) - (previous.outputs[.site]?.count ?? 0)
        report.privateFiles = summary.privateFiles
        report.exercises = all.exercises.count
        report.editedExercises = edits.changed.count
        report.exams = summary.exams
        report.variants = summary.variants
        report.changes = OutputWriter.Changes(written: changes.written, unchanged: report.siteFiles + report.privateFiles - changes.written,
                                              removed: changes.removed)
        cache?.count(rendered: computed.bank.exercises.count + computed.practice.values.map(\.count).reduce(0, +))
        cached.record(report, exercises: all, outputs: outputs, renderer: renderer)
        return report
    }
}
