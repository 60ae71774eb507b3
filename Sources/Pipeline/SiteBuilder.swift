import Bank
import Foundation
import Logging
import Markup
import Render

/// The build, as a column of named stages: load → validate → compute → render → write.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var logger: Logger
    /// Rendered exercises kept from earlier builds (`sitegen serve`); nil renders everything.
    public var cache: RenderCache?

    public init(options: BuildOptions, logger: Logger = Logger(label: "sitegen"), cache: RenderCache? = nil) {
        self.options = options
        self.logger = logger
        self.cache = cache
    }

    /// Builds and writes the site and the private output. Nothing is written unless every stage succeeds.
    public func build() async throws(DiagnosticError) -> BuildReport {
        var report = BuildReport()
        let files = try await renderAll(into: &report)
        report.changes = try timed(.write, into: &report) { () throws(DiagnosticError) -> OutputWriter.Changes? in
            let writer = OutputWriter(site: options.site, privateOutput: options.privateOutput)
            guard options.incremental else { try writer.write(files); return nil }
            return try writer.writeChanged(files)
        }
        report.siteFiles = files.filter { $0.destination == .site }.count
        report.privateFiles = files.count - report.siteFiles
        return report
    }

    /// Runs every stage but writing: what `sitegen check` does.
    public func check() async throws(DiagnosticError) -> BuildReport {
        var report = BuildReport()
        _ = try await renderAll(into: &report)
        return report
    }

    private func renderAll(into report: inout BuildReport) async throws(DiagnosticError) -> [OutputFile] {
        let bank = try timed(.load, into: &report) { () throws(DiagnosticError) in
            try BankLoader(root: options.bank).load()
        }
        report.exercises = bank.exercises.count
        report.exams = bank.exams.count
        report.warnings += try timed(.validate, into: &report) { () throws(DiagnosticError) in
            try BankValidator().validate(bank)
        }
        let computeStart = ContinuousClock.now
        let computed = try await ComputedBank(bank, variants: options.variants, seed: options.seed)
        report.variants = computed.variantCount
        record(.compute, since: computeStart, into: &report, detail: "\(computed.variantCount) variants")
        let start = ContinuousClock.now
        let theme = try Theme(folder: options.templates)
        let math = try MathMLRenderer.forCourse(bank.course)
        let renderer = SiteRenderer(theme: theme, exercises: ExerciseRenderer(markdown: MarkdownRenderer(math: math, blocks: ["figure": FigureBlocks()])))
        // A one-off build renders through a cache of its own; `serve` passes one that lives on.
        let cache = self.cache ?? RenderCache()
        cache.begin(computed.bank, with: renderer)
        let (exercises, warnings) = await cache.renderExercises(of: computed.bank, with: renderer)
        let (editions, editionWarnings) = await cache.renderEditions(computed.editions, with: renderer)
        var practice: [String: [RenderedExercise]] = [:]
        for (id, variants) in computed.practice {
            practice[id] = await cache.render(variants, with: renderer.exercises).map(\.0)
        }
        cache.finish()
        let files = await renderer.render(computed.bank, exercises: exercises, editions: editions, practice: practice)
            + renderer.renderSearch(computed.bank)
            + computed.answerSheets.map { OutputFile(.private, "exams/\($0.key)/answers.json", Data($0.value)) }
        report.warnings += warnings + editionWarnings.filter { !warnings.contains($0) }
        record(.render, since: start, into: &report, detail: "\(files.count) files")
        if options.strict, !report.warnings.isEmpty {
            throw DiagnosticError(stage: .render, diagnostics: report.warnings)
        }
        return files
    }

    private func timed<T, E: Error>(_ stage: Stage, into report: inout BuildReport,
                                    _ body: () throws(E) -> T) throws(E) -> T {
        let start = ContinuousClock.now
        let value = try body()
        record(stage, since: start, into: &report)
        return value
    }

    private func record(_ stage: Stage, since start: ContinuousClock.Instant, into report: inout BuildReport, detail: String = "") {
        let seconds = Double((ContinuousClock.now - start).components.attoseconds) / 1e18
            + Double((ContinuousClock.now - start).components.seconds)
        report.stageSeconds.append((stage, seconds))
        logger.info("\(stage.label) \(detail.isEmpty ? "" : detail + " ")(\(String(format: "%.1f", seconds * 1000)) ms)")
    }
}
