import Foundation
import Bank

/// What a build did: files written, warnings, and how long each stage took.
public struct BuildReport: Sendable {
    public var siteFiles: Int = 0
    public var privateFiles: Int = 0
    public var exercises: Int = 0
    public var exams: Int = 0
    public var variants: Int = 0
    public var warnings: [Diagnostic] = []
    public var stageSeconds: [(Stage, Double)] = []
    /// Files written, left alone and removed by an incremental build; nil for a full write.
    public var changes: OutputWriter.Changes?
    /// Nothing changed since the last build, so nothing was done (the build cache said so).
    public var upToDate = false
    /// How many exercise files a rebuild after edits to exercise files alone loaded again
    /// (the others came from the build cache); nil for a build that loaded the whole bank.
    public var editedExercises: Int?

    /// What the stages produced, counted.
    mutating func record(_ bank: Bank, _ computed: ComputedBank, _ rendered: RenderedOutput, warnings: [Diagnostic]) {
        exercises = bank.exercises.count
        exams = bank.exams.count
        variants = computed.variantCount
        self.warnings = warnings + rendered.warnings
        siteFiles = rendered.siteFiles
        privateFiles = rendered.privateFiles
    }

    /// The last build's counts, for a build that found nothing to do.
    mutating func recordUpToDate(_ last: BuildRecord.Summary) {
        upToDate = true
        siteFiles = last.siteFiles
        privateFiles = last.privateFiles
        exercises = last.exercises
        exams = last.exams
        variants = last.variants
        changes = OutputWriter.Changes(unchanged: last.siteFiles + last.privateFiles)
    }

    public var totalSeconds: Double { stageSeconds.map(\.1).reduce(0, +) }

    /// "Built 12 site files and 4 private files from 5 exercises and 1 exam in 0.21 s (1 warning)".
    public var summary: String {
        if upToDate {
            return "nothing changed since the last build: \(String(counting: siteFiles, "site file")) and "
                + "\(String(counting: privateFiles, "private file")) are up to date"
        }
        let warningText = warnings.isEmpty ? "" : " (\(String(counting: warnings.count, "warning")))"
        return "built \(String(counting: siteFiles, "site file")) and \(String(counting: privateFiles, "private file")) "
            + "from \(String(counting: exercises, "exercise")) and \(String(counting: exams, "exam"))"
            + (variants > 0 ? " with \(String(counting: variants, "variant"))" : "")
            + " in \(String(format: "%.2f", totalSeconds)) s\(warningText)"
    }
}
