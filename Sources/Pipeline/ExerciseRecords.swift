import Bank
import Render

/// The build cache's second file, `exercises.bin`: a record of every exercise file the build it
/// goes with read (`made`, as in that build's `BuildRecord`), and the search index's entries of
/// the released exams. A file that cannot be read whole, or goes with another build, is not used.
struct ExerciseRecords: Sendable, Equatable {
    static let format = "sitegen-exercises 1"

    /// The `BuildRecord.made` of the build these come from.
    var made: Int64
    /// By file name in the bank's `exercises/` folder.
    var exercises: [String: ExerciseRecord]
    /// The search index's entries of the released exams, encoded, newest first.
    var examEntries: [[UInt8]]

    init(made: Int64, exercises: [ExerciseRecord], examEntries: [[UInt8]]) {
        self.made = made
        self.exercises = Dictionary(exercises.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        self.examEntries = examEntries
    }

    var bytes: [UInt8] {
        var writer = RecordWriter()
        writer.string(Self.format)
        writer.integer(Int(made))
        writer.integer(examEntries.count)
        for entry in examEntries { writer.field(entry) }
        writer.integer(exercises.count)
        for record in exercises.values.sorted(by: { $0.file < $1.file }) {
            writer.string(record.file)
            writer.string(record.id)
            writer.strings(record.tags)
            writer.field(record.searchEntry)
            if let listing = record.listing {
                writer.strings([listing.id, listing.topic, listing.title])
                writer.integer(listing.points.halves)
                writer.integer(listing.partCount)
                writer.strings(listing.tags)
            } else {
                writer.strings([])
            }
        }
        writer.string("end")
        return writer.bytes
    }

    /// Reads `bytes`; nil for anything but a whole file of this format.
    init?(bytes: [UInt8]) {
        var reader = RecordReader(bytes)
        guard reader.string() == Self.format, let made = reader.integer(), let examCount = reader.integer(), examCount >= 0 else { return nil }
        var examEntries: [[UInt8]] = []
        for _ in 0..<min(examCount, bytes.count) {
            guard let entry = reader.field() else { return nil }
            examEntries.append(Array(entry))
        }
        guard let count = reader.integer(), count >= 0, count <= bytes.count else { return nil }
        var records: [ExerciseRecord] = []
        records.reserveCapacity(count)
        for _ in 0..<count {
            guard let file = reader.string(), let id = reader.string(),
                  let tags = reader.strings(), let entry = reader.field(), let head = reader.strings() else { return nil }
            var listing: ExerciseListing?
            if !head.isEmpty {
                guard head.count == 3, let halves = reader.integer(), let parts = reader.integer(), let listed = reader.strings() else { return nil }
                listing = ExerciseListing(id: head[0], topic: head[1], title: head[2], points: Points(halves: halves), partCount: parts, tags: listed)
            }
            records.append(ExerciseRecord(file: file, id: id, tags: tags, listing: listing, searchEntry: Array(entry)))
        }
        guard reader.string() == "end", reader.atEnd else { return nil }
        self.init(made: Int64(made), exercises: records, examEntries: examEntries)
    }
}
