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

    /// Whether every output file is still on disk as this build left it (size and time).
    func outputsIntact(in folders: [(OutputFile.Destination, URL)]) -> Bool {
        folders.allSatisfy { destination, folder in
            (outputs[destination] ?? [:]).allSatisfy { path, stamp in
                guard let (size, modified) = FileStamp.status(of: folder.appendingPathComponent(path).path) else { return false }
                return size == stamp.size && modified == stamp.modified
            }
        }
    }
}

extension BuildRecord {
    /// The cache file: a line per file, the path last, `end` last of all, so that a truncated
    /// file is noticed. Paths with a line break are left out, so that file is never trusted.
    var text: String {
        var lines = [Self.format, "key \(key)", "made \(made)"]
        if let summary { lines.append("summary " + summary.fields.map(String.init).joined(separator: " ")) }
        for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) where !path.contains("\n") {
            lines.append("in \(stamp.fields) \(path)")
        }
        for destination in [OutputFile.Destination.site, .private] {
            for (path, stamp) in (outputs[destination] ?? [:]).sorted(by: { $0.key < $1.key }) where !path.contains("\n") {
                lines.append("out \(destination.rawValue) \(stamp.fields) \(path)")
            }
        }
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads `text`; nil for anything else — another format, a damaged or truncated file.
    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(Self.format), lines.popLast() == "", lines.popLast() == "end" else { return nil }
        var key: ContentHash?, made: Int64?, summary: Summary?
        var inputs: [String: FileStamp] = [:], outputs: [OutputFile.Destination: [String: FileStamp]] = [:]
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
            switch fields.first {
            case "key" where fields.count == 2: key = ContentHash(hex: fields[1])
            case "made" where fields.count == 2: made = Int64(fields[1])
            case "summary":
                let counts = line.split(separator: " ").dropFirst().compactMap { Int($0) }
                guard counts.count == 5 else { return nil }
                summary = Summary(siteFiles: counts[0], privateFiles: counts[1], exercises: counts[2], exams: counts[3], variants: counts[4])
            case "in":
                let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
                guard fields.count == 5, let stamp = FileStamp(Array(fields[1...3])) else { return nil }
                inputs[String(fields[4])] = stamp
            case "out":
                guard fields.count == 6, let destination = OutputFile.Destination(rawValue: String(fields[1])),
                      let stamp = FileStamp(Array(fields[2...4])) else { return nil }
                outputs[destination, default: [:]][String(fields[5])] = stamp
            default: return nil
            }
        }
        guard let key, let made else { return nil }
        self.init(key: key, made: made, inputs: inputs, outputs: outputs, summary: summary)
    }
}
