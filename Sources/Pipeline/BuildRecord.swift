import Foundation
import Render

/// What one build read and wrote, as the build cache keeps it: the next build compares its
/// inputs with these to know what changed, and its output with these instead of reading every
/// file it wrote back.
struct BuildRecord: Sendable, Equatable {
    /// The first line of the cache file; a file of another format is not read.
    static let format = "sitegen-cache 1"

    /// Everything but the input files' bytes that decides the output: the build options, the
    /// sitegen binary, what `grade` and `export` left in the private output.
    var key: ContentHash
    /// When the record was made (nanoseconds since 1970), for `FileStamp`'s same-tick check.
    var made: Int64
    /// Every input file (the bank, the theme, rosters) by absolute path.
    var inputs: [String: FileStamp]
    /// Every file written, by destination and path inside its folder, as it was left on disk.
    var outputs: [OutputFile.Destination: [String: FileStamp]]
    /// The counts of the build, for one that finds nothing changed; nil when it had warnings,
    /// whose words are not kept, so that the next build says them again.
    var summary: Summary?

    struct Summary: Sendable, Equatable {
        var siteFiles = 0, privateFiles = 0, exercises = 0, exams = 0, variants = 0
        var fields: [Int] { [siteFiles, privateFiles, exercises, exams, variants] }
    }

    /// Whether every output file is still on disk as this build left it (size and time). Each
    /// file is looked up from its output folder, open once: at 10,000 exercises, 20,000 files.
    /// It runs beside the rest of a rebuild after one edit; spread over both cores, it slowed
    /// that rebuild down.
    func outputsIntact(in folders: [(OutputFile.Destination, URL)]) -> Bool {
        folders.allSatisfy { destination, folder in
            let stamps = outputs[destination] ?? [:]
            guard !stamps.isEmpty else { return true }
            return FileStamp.inFolder(folder.path) { folder in
                stamps.allSatisfy { path, stamp in
                    FileStamp.status(of: path, in: folder).map { $0.size == stamp.size && $0.modified == stamp.modified } ?? false
                }
            } ?? false
        }
    }
}
