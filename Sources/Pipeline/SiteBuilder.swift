import Bank
import Figures
import Foundation
import Grading
import Logging
import Markup
import Render

/// The build, as a column of named stages: load → validate → compute → render → write. Each stage
/// is a function of what the one before produced, callable and testable alone.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var logger: Logger
    /// Rendered exercises kept from earlier builds (`sitegen serve`); nil renders everything.
    public var cache: RenderCache?
    /// The last build's records kept in memory (`sitegen serve`), read from the build cache otherwise.
    public var memory: BuildMemory?

    public init(options: BuildOptions, logger: Logger = Logger(label: "sitegen"), cache: RenderCache? = nil, memory: BuildMemory? = nil) {
        self.options = options
        self.logger = logger
        self.cache = cache
        self.memory = memory
    }

    /// Builds and writes the site and the private output. Nothing is written unless every stage succeeds.
    public func build() async throws(DiagnosticError) -> BuildReport {
        try await run(writing: true)
    }

    /// Runs every stage but writing: what `sitegen check` does.
    public func check() async throws(DiagnosticError) -> BuildReport {
        try await run(writing: false)
    }

    /// The column of stages, each timed and logged as `[n/5] stage`. Render streams: it hands each
    /// file to the write stage's pending output as soon as it is made, and write commits it.
    private func run(writing: Bool) async throws(DiagnosticError) -> BuildReport {
        var report = BuildReport()
        let graded = graded
        var cached = writing && options.cache != .off ? await CachedBuild(options, graded: graded, memory: memory) : nil
        // `serve` keeps its render cache in memory: its first build fills it, whatever the disk says.
        if cache?.isEmpty != true, let summary = cached?.upToDate(OutputWriter(site: options.site, privateOutput: options.privateOutput).folders) {
            report.recordUpToDate(summary)
            logger.info("nothing changed since the last build")
            return report
        }
        if cache?.isEmpty != true, let cached, let report = try await rebuildAfterExerciseEdits(cached) {
            return report
        }
        let bank = try timed(.load, &report) { () throws(DiagnosticError) in try load() }
        cached?.addInputs(of: bank, in: options)
        let warnings = try timed(.validate, &report) { () throws(DiagnosticError) in try validate(bank) }
        try strict(warnings)
        let computed = try await timed(.compute, &report) { () async throws(DiagnosticError) in try await compute(bank) }
        let output = try pendingOutput(writing: writing, cached: cached)
        let rendered: RenderedOutput
        do {
            rendered = try await timed(.render, &report) { () async throws(DiagnosticError) in try await render(computed, into: output) }
        } catch {
            output.discard()
            throw error
        }
        report.record(bank, computed, rendered, warnings: warnings)
        guard writing else { return report }
        cached?.cache.forget()
        report.changes = try timed(.write, &report) { () throws(DiagnosticError) in try write(output) }
        cached?.record(report, exercises: rendered.exercises, renderer: rendered.renderer)
        return report
    }

    /// The exams `sitegen grade` wrote results for: a build keeps them, as it keeps nothing else
    /// of the previous private output, since only the scores they came from can make them again.
    var graded: [String] { GradingResults.gradedExams(in: options.privateOutput) }

    /// Where render sends its files: staged for a swap (linking the files the cache knows are
    /// unchanged), compared with the output in place for `serve`, or nowhere for `check`.
    private func pendingOutput(writing: Bool, cached: CachedBuild?) throws(DiagnosticError) -> any PendingOutput {
        let writer = OutputWriter(site: options.site, privateOutput: options.privateOutput,
                                  kept: options.keptPrivate + graded.map { GradingResults.folder($0) })
        guard writing else { return DiscardedOutput() }
        return options.incremental
            ? try ChangedOutput(writer, known: cached?.knownOutputs ?? [:], stamps: cached?.stamps)
            : try StagedOutput(writer, known: cached?.knownOutputs ?? [:], stamps: cached?.stamps)
    }

    // MARK: The stages

    /// Stage 1: the bank as written.
    public func load() throws(DiagnosticError) -> Bank {
        try BankLoader(root: options.bank, rosters: options.rosters).load()
    }

    /// Stage 2: the bank cross-checked; returns its warnings.
    public func validate(_ bank: Bank) throws(DiagnosticError) -> [Diagnostic] {
        try BankValidator().validate(bank)
    }

    /// Stage 3: every parameter drawn, every answer computed, every printed form assembled.
    public func compute(_ bank: Bank) async throws(DiagnosticError) -> ComputedBank {
        try await ComputedBank(bank, variants: options.variants, seed: options.seed)
    }

    /// Stage 4: every file of the site and the private output, from what compute produced only,
    /// each handed to `output` as soon as it is made. With `--strict`, a warning from the
    /// exercises' Markdown stops it before any page is rendered.
    public func render(_ computed: ComputedBank, into output: some OutputSink) async throws(DiagnosticError) -> RenderedOutput {
        let renderer = try renderer(for: computed.bank.course)
        // A one-off build renders through a cache of its own; `serve` passes one that lives on.
        let cache = self.cache ?? RenderCache()
        cache.begin(computed.bank, with: renderer)
        let (exercises, warnings) = await cache.renderExercises(of: computed.bank, with: renderer)
        let (editions, editionWarnings) = await cache.renderEditions(computed.editions, with: renderer)
        var practice: [String: [RenderedExercise]] = [:]
        var practiceWarnings: [Diagnostic] = []
        for id in computed.practice.keys.sorted() {
            let results = await cache.render(computed.practice[id] ?? [], with: renderer.exercises)
            practice[id] = results.map(\.0)
            practiceWarnings += results.flatMap(\.1)
        }
        cache.finish()
        // Each variant and practice copy renders the same lines again: a warning once per line.
        let found = Diagnostic.oncePerLine(warnings + editionWarnings + practiceWarnings)
        try strict(found)
        let counter = CountingOutput(output)
        let publication = Publication(computed.bank)
        let records = ExerciseRecords(made: 0, exercises: await ExerciseRecord.records(of: computed.bank.exercises, publication),
                                      examEntries: SearchIndex.encoded(SearchIndex.examEntries(publication)), course: computed.bank.course)
        let searchIndex = records.searchIndex(of: records.listed)
        do {
            // The search index, the largest files of the site, is made and written beside the
            // pages: after them it kept one core busy while the other had nothing left to do.
            async let search: Void = { [renderer] in
                for file in renderer.renderSearch(computed.bank, index: searchIndex) { try counter.write(file) }
            }()
            try await renderer.render(computed.bank, exercises: exercises, editions: editions, practice: practice, into: counter)
            try await search
            for file in computed.answerSheets.map({ OutputFile(.private, "exams/\($0.key)/answers.json", Data($0.value)) })
                + computed.gradingFiles.map({ OutputFile(.private, $0.path, Data($0.text.utf8)) })
                + PrivateIndex.files(PrivateIndex.manifest(computed.editions, answers: Set(computed.answerSheets.keys), course: computed.bank.course,
                                                           labels: renderer.labels, graded: Set(graded),
                                                           exports: PrivateExports.files(in: options.privateOutput))) {
                try counter.write(file)
            }
        } catch {
            throw OutputWriter(site: options.site, privateOutput: options.privateOutput).failure(error)
        }
        return RenderedOutput(siteFiles: counter.count(.site), privateFiles: counter.count(.private), warnings: found,
                              exercises: records, renderer: renderer)
    }

    /// How render turns the bank into pages: the theme, the course's macros and language.
    func renderer(for course: Course) throws(DiagnosticError) -> SiteRenderer {
        let theme = try Theme(folder: options.templates)
        let math = try MathMLRenderer.forCourse(course)
        let labels = try Labels.forCourse(course, theme: theme)
        return SiteRenderer(theme: theme, labels: labels, exercises: ExerciseRenderer(markdown: MarkdownRenderer(
            math: math, blocks: ["figure": FigureBlocks(figures: FigureRenderer(words: FigureWords(labels.words)))], rawHTML: course.rawHTML)))
    }

    /// Stage 5: what render handed over, in place; with `options.incremental`, only what changed.
    func write(_ output: any PendingOutput) throws(DiagnosticError) -> OutputWriter.Changes? {
        try output.commit()
    }

    // MARK: Around the stages

    /// With `--strict`, any warning stops the build before anything is written.
    private func strict(_ warnings: [Diagnostic]) throws(DiagnosticError) {
        if options.strict, !warnings.isEmpty {
            throw DiagnosticError(stage: .render, diagnostics: warnings)
        }
    }

    func timed<T, E: Error>(_ stage: Stage, _ report: inout BuildReport, _ body: () throws(E) -> T) throws(E) -> T {
        let start = ContinuousClock.now
        let value = try body()
        log(stage, start.duration(to: .now), into: &report)
        return value
    }

    func timed<T, E: Error>(_ stage: Stage, _ report: inout BuildReport, _ body: () async throws(E) -> T) async throws(E) -> T {
        let start = ContinuousClock.now
        let value = try await body()
        log(stage, start.duration(to: .now), into: &report)
        return value
    }

    func log(_ stage: Stage, _ elapsed: Duration, into report: inout BuildReport) {
        report.stageSeconds.append((stage, elapsed.seconds))
        logger.info("\(stage.label) (\(String(format: "%.1f", elapsed.seconds * 1000)) ms)")
    }
}

/// What render produced: how many files it handed over, and the warnings found on the way.
public struct RenderedOutput: Sendable {
    public var siteFiles: Int
    public var privateFiles: Int
    public var warnings: [Diagnostic]
    /// What the build cache keeps of each exercise, for a rebuild that does not load it again.
    var exercises: ExerciseRecords?
    /// What it rendered with, kept by `serve` for a rebuild after exercise edits.
    var renderer: SiteRenderer?
}
