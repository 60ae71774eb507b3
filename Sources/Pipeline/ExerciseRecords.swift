import Bank
import Foundation
import Render

/// The build cache's second file, `exercises.bin`: a record of every exercise file the build it
/// goes with read (`made`, as in that build's `BuildRecord`), and the search index's entries of
/// the released exams. A file that cannot be read whole, or goes with another build, is not used.
///
/// The search index's entries are not copied into it: it keeps their order and lengths, and
/// reading cuts them out of the index files that build wrote (`search-index.js` and a part per
/// topic, which the build record vouches for), so that a rebuild neither reads nor writes the
/// 35 MB of a 10,000-exercise index twice.
struct ExerciseRecords: Sendable, Equatable {
    static let format = "sitegen-exercises 3"

    /// The `BuildRecord.made` of the build these come from.
    var made: Int64
    /// By file name in the bank's `exercises/` folder.
    var exercises: [String: ExerciseRecord]
    /// The search index's entries of the released exams, encoded, newest first.
    var examEntries: [SearchIndex.EncodedEntry]
    /// The course's title, which heads the search index.
    var course: String
    /// The slugs of the course's topics, in its order: the search index's parts.
    var topics: [String]
    /// The files of the listed exercises in the bank's order (by topic as the course lists them,
    /// then by id): the order of the search index's and the topic pages' entries.
    var indexOrder: [String]

    init(made: Int64, exercises: [ExerciseRecord], examEntries: [SearchIndex.EncodedEntry], course: Course) {
        self.made = made
        self.exercises = Dictionary(exercises.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        self.examEntries = examEntries
        self.course = course.title
        topics = course.topics.map(\.slug)
        let place = course.exercisePlace
        indexOrder = exercises.compactMap { record in record.listing.map { (place($0.topic, $0.id), record.file) } }
            .sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// These records with those of the files `touched` (edited, added or removed) replaced by
    /// `fresh`, the records of the edited and added ones: the others are kept as they are, in
    /// their order, rather than gathered and sorted again.
    func replacing(_ touched: Set<String>, with fresh: [ExerciseRecord], course: Course) -> ExerciseRecords {
        var records = self
        for file in touched { records.exercises[file] = nil }
        records.indexOrder.removeAll { touched.contains($0) }
        let place = course.exercisePlace
        for record in fresh {
            records.exercises[record.file] = record
            guard let listing = record.listing else { continue }
            let key = place(listing.topic, listing.id)
            let after = records.indexOrder.firstIndex { file in
                records.exercises[file]?.listing.map { place($0.topic, $0.id) > key } ?? false
            }
            records.indexOrder.insert(record.file, at: after ?? records.indexOrder.endIndex)
        }
        return records
    }

    /// The listed exercises, in the bank's order.
    var listed: [ExerciseRecord] { indexOrder.compactMap { exercises[$0] } }

    /// The search index's files, of `listed` (the listed exercises, as `listed` has them, made
    /// once for every page that lists them: at 10,000 exercises each copy of it takes milliseconds).
    func searchIndex(of listed: [ExerciseRecord]) -> SearchIndex.Files {
        var byTopic: [String: [SearchIndex.EncodedEntry]] = [:]
        for record in listed {
            guard let topic = record.listing?.topic else { continue }
            byTopic[topic, default: []].append(record.searchEntry)
        }
        return SearchIndex.Files(course: course, topics: topics, exercises: byTopic, exams: examEntries)
    }

    /// The file.
    var bytes: [UInt8] {
        var writer = RecordWriter()
        writer.string(Self.format)
        writer.integer(Int(made))
        writer.string(course)
        writer.strings(topics)
        writer.strings(indexOrder)
        writer.integer(examEntries.count)
        for entry in examEntries { writer.integer(entry.count) }
        writer.integer(exercises.count)
        for record in exercises.values.sorted(by: { $0.file < $1.file }) {
            writer.string(record.file)
            writer.string(record.id)
            writer.strings(record.tags)
            writer.integer(record.searchEntry.count)
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

    /// Reads `bytes`, cutting the entries out of the search index's files, which `indexFile`
    /// reads by their path in the site; nil for anything but a whole file of this format whose
    /// entries fill the index's files exactly.
    init?(bytes: [UInt8], indexFile: (String) -> [UInt8]?) {
        var reader = RecordReader(bytes)
        guard reader.string() == Self.format, let made = reader.integer(), let course = reader.string(), let topics = reader.strings(),
              let indexOrder = reader.strings(), let examCount = reader.integer(), examCount >= 0, examCount <= bytes.count else { return nil }
        var examLengths: [Int] = []
        for _ in 0..<examCount {
            guard let length = reader.integer() else { return nil }
            examLengths.append(length)
        }
        guard let count = reader.integer(), count >= 0, count <= bytes.count else { return nil }
        // Each record is made once its entry is cut, below.
        var read: [String: (id: String, tags: [String], listing: ExerciseListing?, length: Int)] = [:]
        read.reserveCapacity(count)
        for _ in 0..<count {
            guard let file = reader.string(), let id = reader.string(), let tags = reader.strings(), let length = reader.integer(),
                  let head = reader.strings() else { return nil }
            var listing: ExerciseListing?
            if !head.isEmpty {
                guard head.count == 3, let halves = reader.integer(), let parts = reader.integer(), let listed = reader.strings() else { return nil }
                listing = ExerciseListing(id: head[0], topic: head[1], title: head[2], points: Points(halves: halves), partCount: parts, tags: listed)
            }
            read[file] = (id, tags, listing, length)
        }
        guard reader.string() == "end", reader.atEnd else { return nil }
        // Cut the exams' entries out of the index's script, and each topic's out of its part, in
        // the index's order, checking that they fill each file exactly.
        guard let script = indexFile(SearchIndex.scriptPath).flatMap(SearchIndex.json(inScript:)) else { return nil }
        var cutter = IndexCutter(script, head: SearchIndex.jsonHead(course: course).count, tail: Array(SearchIndex.partsTail(topics: topics)))
        var examEntries: [SearchIndex.EncodedEntry] = []
        for length in examLengths {
            guard let entry = cutter.next(length) else { return nil }
            examEntries.append(entry)
        }
        guard cutter.isAtEnd else { return nil }
        var records: [String: ExerciseRecord] = [:]
        records.reserveCapacity(read.count)
        func record(_ file: String, entry: SearchIndex.EncodedEntry) {
            guard let fields = read[file] else { return }
            records[file] = ExerciseRecord(file: file, id: fields.id, tags: fields.tags, listing: fields.listing, searchEntry: entry)
        }
        var order = indexOrder[...]
        for topic in topics {
            guard let part = indexFile(SearchIndex.partPath(topic)).flatMap(SearchIndex.json(inPart:)),
                  part.first == UInt8(ascii: "[") else { return nil }
            var cutter = IndexCutter(part, head: 1, tail: Array("]".utf8))
            while let file = order.first, let fields = read[file], fields.listing?.topic == topic {
                guard let entry = cutter.next(fields.length) else { return nil }
                record(file, entry: entry)
                order.removeFirst()
            }
            guard cutter.isAtEnd else { return nil }
        }
        guard order.isEmpty else { return nil }
        // The files the index does not list (withheld exercises) have no entry.
        for file in read.keys where records[file] == nil { record(file, entry: []) }
        self.made = Int64(made)
        exercises = records
        self.examEntries = examEntries
        self.course = course
        self.topics = topics
        self.indexOrder = indexOrder
    }
}

/// Walks the entries of one of the search index's files: after the head, each entry, a comma
/// between two, then the tail.
private struct IndexCutter {
    let index: ArraySlice<UInt8>
    let tail: [UInt8]
    var offset: Int
    var first = true

    init(_ index: ArraySlice<UInt8>, head: Int, tail: [UInt8]) {
        self.index = index
        self.tail = tail
        offset = index.startIndex + head
    }

    mutating func next(_ length: Int) -> SearchIndex.EncodedEntry? {
        if !first {
            guard offset < index.endIndex, index[offset] == UInt8(ascii: ",") else { return nil }
            offset += 1
        }
        guard length >= 2, length <= index.endIndex - offset, index[offset] == UInt8(ascii: "{"), index[offset + length - 1] == UInt8(ascii: "}") else { return nil }
        first = false
        defer { offset += length }
        return index[offset..<offset + length]
    }

    var isAtEnd: Bool { offset <= index.endIndex && index[offset...].elementsEqual(tail) }
}
