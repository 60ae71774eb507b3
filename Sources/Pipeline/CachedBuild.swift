import Bank
import Foundation
import Render

/// One build as the build cache sees it: the last build's record, this build's inputs and key,
/// and the stamps of what it writes, from which it makes the next record.
struct CachedBuild: Sendable {
    let cache: BuildCache
    /// The last build's record; nil when there is none, it is damaged, or the build is `--clean`.
    let previous: BuildRecord?
    let key: ContentHash
    /// When the inputs were read, before anything else.
    let made: Int64
    private(set) var inputs: [String: FileStamp]
    let stamps = OutputStamps()
    /// The site folder, which holds the search index the exercise records' entries are cut from.
    let site: URL

    /// `sitegen serve`'s memory of its last build, which stands in for reading the cache back.
    let memory: BuildMemory?
    /// What `serve`'s watcher had reported when this build began: this build reads them.
    private let noted: Set<String>
    private let recalledExercises: ExerciseRecords?
    /// The renderer of the build `previous` records, when `serve` kept it.
    let recalledRenderer: SiteRenderer?

    init(_ options: BuildOptions, graded: [String], memory: BuildMemory? = nil) async {
        cache = BuildCache(privateOutput: options.privateOutput)
        site = options.site
        // Whatever the options, nothing is read or written here while the last build's records are being written.
        await memory?.settle()
        noted = memory?.noted() ?? []
        let recalled = options.cache == .on ? memory?.recall(cache) : nil
        previous = options.cache == .on ? recalled?.record ?? cache.read() : nil
        recalledExercises = recalled?.exercises
        recalledRenderer = recalled?.renderer
        self.memory = memory
        made = nanosecondsNow()
        key = BuildCache.key(options, graded: graded)
        if let previous, recalled?.watched == true, let inputs = BuildCache.inputs(options, previous: previous, changed: noted) {
            self.inputs = inputs
        } else {
            inputs = BuildCache.inputs(options, extra: previous.map { Array($0.inputs.keys) } ?? [], previous: previous)
        }
    }

    /// The last build's counts when nothing it read or wrote has changed since: same key, same
    /// input files by hash, every output file still as it left it, and no warnings.
    func upToDate(_ folders: [(OutputFile.Destination, URL)]) -> BuildRecord.Summary? {
        guard let previous, previous.key == key, let summary = previous.summary,
              previous.inputs.mapValues(\.hash) == inputs.mapValues(\.hash), previous.outputsIntact(in: folders) else { return nil }
        return summary
    }

    /// The last build's records of its exercises (read from the cache each time it is asked).
    var exerciseRecords: ExerciseRecords? { recalledExercises ?? previous.flatMap { cache.readExercises(of: $0, site: site) } }

    /// The last output's stamps, which the write compares with instead of the files.
    var knownOutputs: [OutputFile.Destination: [String: FileStamp]] { previous?.outputs ?? [:] }

    /// Adds the files the bank read from outside its folder (rosters beside an exam file).
    mutating func addInputs(of bank: Bank, in options: BuildOptions) {
        let exams = options.bank.appendingPathComponent("exams")
        for path in bank.exams.compactMap(\.rosterPath) {
            let file = URL(fileURLWithPath: path, relativeTo: exams).standardizedFileURL.path
            if inputs[file] == nil, let stamp = FileStamp.of(file, known: nil) { inputs[file] = stamp }
        }
    }

    /// Keeps what this build read and wrote for the next one: `outputs` are the output files'
    /// stamps when the build wrote only some of them (the rest as the last record has them);
    /// `renderer`, the one it rendered with, for `serve`'s memory, which writes them after the
    /// build has returned.
    func record(_ report: BuildReport, exercises: ExerciseRecords?, outputs: [OutputFile.Destination: [String: FileStamp]]? = nil,
                renderer: SiteRenderer? = nil) {
        let summary = report.warnings.isEmpty
            ? BuildRecord.Summary(siteFiles: report.siteFiles, privateFiles: report.privateFiles,
                                  exercises: report.exercises, exams: report.exams, variants: report.variants)
            : nil
        var exercises = exercises
        exercises?.made = made
        let record = BuildRecord(key: key, made: made, inputs: inputs, outputs: outputs ?? stamps.all, summary: summary)
        let kept = summary == nil ? nil : exercises
        if let memory {
            memory.keep(record, exercises: kept, renderer: renderer, read: noted, writingTo: cache)
        } else {
            try? cache.write(record, exercises: kept)
        }
    }
}
