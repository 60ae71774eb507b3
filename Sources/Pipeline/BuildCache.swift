import Foundation
import Render

/// The build's memory between runs: a hidden folder beside the private output
/// (`.private.sitegen-cache` for `private/`), never inside the site and never published.
/// It holds `BuildRecord`s, keyed by content — the hashes of the input files' bytes and of
/// everything else that decides the output — so an edit is found whatever the files' times say.
/// A record that cannot be read is ignored: the build is then a full one.
struct BuildCache: Sendable {
    let folder: URL

    init(privateOutput: URL) {
        folder = OutputSwap.sibling(of: privateOutput.standardizedFileURL, "cache")
    }

    var recordFile: URL { folder.appendingPathComponent("build-record.txt") }

    /// The last build's record; nil when there is none or it is damaged.
    func read() -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: recordFile.path), let text = String(data: data, encoding: .utf8) else { return nil }
        return BuildRecord(text: text)
    }

    private var exercisesFile: URL { folder.appendingPathComponent("exercises.bin") }

    /// The exercise records of the build `record` describes, with their entries cut out of the
    /// search index that build wrote into `site`; nil when there are none, they are damaged, they
    /// belong to another build, or the index is not as that build left it.
    func readExercises(of record: BuildRecord, site: URL) -> ExerciseRecords? {
        let site = site.standardizedFileURL
        guard let bytes = FileBytes.read(exercisesFile.path),
              let records = ExerciseRecords(bytes: bytes, indexFile: { path in
                  let file = site.appendingPathComponent(path).path
                  guard let stamp = record.outputs[.site]?[path], let status = FileStamp.status(of: file),
                        status.size == stamp.size, status.modified == stamp.modified else { return nil }
                  return FileBytes.read(file)
              }), records.made == record.made else { return nil }
        return records
    }

    /// Keeps `record` (and the exercise records of the same build) for the next build,
    /// atomically; the build record last, since it decides whether the other is read. The two
    /// are put into bytes at once, one on each core: at 10,000 exercises each took 20–25 ms, on
    /// one core, at the very end of a rebuild after one edit.
    func write(_ record: BuildRecord, exercises: ExerciseRecords? = nil) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let formats: [@Sendable () -> [UInt8]?] = [{ exercises?.bytes }, { record.bytes }]
        let files = formats.mapOnAllCores { $0() }
        if let bytes = files[0] { try FileBytes.write(bytes, to: exercisesFile.path, atomically: true) }
        try FileBytes.write(files[1] ?? [], to: recordFile.path, atomically: true)
    }

    /// Drops the records before the output changes, so that a build killed while writing is
    /// followed by a full one rather than by one that trusts a record of other files.
    func forget() {
        try? FileManager.default.removeItem(at: recordFile)
        try? FileManager.default.removeItem(at: exercisesFile)
    }

    /// Removes the whole cache (`--no-cache`: the output no longer matches it).
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

extension BuildCache {
    /// Every input file of a build with `options` — the bank's and the theme's files, the
    /// rosters, and `extra` files the last build read (rosters outside the bank) — each hashed
    /// again only when its size or time changed since `previous`. The files are stamped on every
    /// core: at 10,000 exercises, on one, this took a quarter of `serve`'s rebuild after one edit.
    ///
    /// `extra` holds every file the last build read; only those outside the two folders are
    /// added to what the folders list (a set of both took 5 ms of that rebuild).
    static func inputs(_ options: BuildOptions, extra: [String], previous: BuildRecord?) -> [String: FileStamp] {
        let folders = InputFolders(options)
        var list = folders.roots.flatMap(FileTree.files(below:))
        list += Set(extra + options.rosters.values.map { $0.standardizedFileURL.path }).filter { !folders.holds($0) }
        let stamps = list.mapOnAllCores { FileStamp.of($0, known: previous?.inputs[$0], since: previous?.made ?? 0) }
        return Dictionary(zip(list, stamps).compactMap { path, stamp in stamp.map { (path, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The part of the key that is not an input file: the output folders, every option that
    /// changes the output, the binary (a new sitegen may write other bytes), and what other
    /// commands left in the private output that the build lists or carries over.
    static func key(_ options: BuildOptions, graded: [String]) -> ContentHash {
        let tool = FileStamp.status(of: "/proc/self/exe") ?? FileStamp.status(of: CommandLine.arguments.first ?? "")
        let fields: [String] = [
            BuildRecord.format,
            "tool \(tool.map { "\($0.size) \($0.modified)" } ?? "unknown")",
            "bank \(options.bank.standardizedFileURL.path)",
            "templates \(options.templates.standardizedFileURL.path)",
            "site \(options.site.standardizedFileURL.path)",
            "private \(options.privateOutput.standardizedFileURL.path)",
            "strict \(options.strict)",
            "variants \(options.variants.map(String.init) ?? "-")",
            "seed \(options.seed.map(String.init) ?? "-")",
            "rosters " + options.rosters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.standardizedFileURL.path)" }.joined(separator: ","),
            "kept " + options.keptPrivate.joined(separator: ","),
            "graded " + graded.joined(separator: ","),
            "exports " + PrivateExports.files(in: options.privateOutput).joined(separator: ","),
        ]
        return ContentHash(fields.joined(separator: "\n"))
    }
}

extension BuildCache {
    /// The input files of a build that knows which of them changed since `previous` (`serve`'s
    /// watcher reported them): `previous`'s stamps, with the changed files hashed again and the
    /// files outside the watched folders (rosters elsewhere) checked as a full read checks them.
    /// Nil when a change is not one of `previous`'s files — a file added or renamed, a folder,
    /// a path spelt otherwise — or a roster is new: then only reading every folder tells.
    static func inputs(_ options: BuildOptions, previous: BuildRecord, changed: Set<String>) -> [String: FileStamp]? {
        let folders = InputFolders(options)
        let rosters = options.rosters.values.map { $0.standardizedFileURL.path }
        guard changed.allSatisfy({ previous.inputs[$0] != nil }), rosters.allSatisfy({ previous.inputs[$0] != nil }) else { return nil }
        var inputs = previous.inputs
        for path in changed { inputs[path] = FileStamp.of(path, known: nil) }
        for path in previous.inputs.keys where !folders.holds(path) && !changed.contains(path) {
            inputs[path] = FileStamp.of(path, known: previous.inputs[path], since: previous.made)
        }
        return inputs
    }
}

/// The two folders a build reads all of: the bank and the theme.
private struct InputFolders {
    let roots: [String]
    private let prefixes: [[UInt8]]

    init(_ options: BuildOptions) {
        roots = [options.bank, options.templates].map { $0.standardizedFileURL.path }
        prefixes = roots.map { Array(($0.hasSuffix("/") ? $0 : $0 + "/").utf8) }
    }

    /// Whether `path` is below one of them.
    func holds(_ path: String) -> Bool {
        prefixes.contains { path.utf8.starts(with: $0) }
    }
}
