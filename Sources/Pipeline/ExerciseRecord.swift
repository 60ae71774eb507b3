import Bank
import Render

/// What the build cache keeps of one exercise file: enough for a rebuild that does not load it
/// again to check the edited exercises against it (ids, tags for the exams' pools) and to list
/// it on the pages that list it (its topic's page, the home page, the search index).
///
/// A class, each record made once and shared: a rebuild after one edit at 10,000 exercises copies
/// the whole set several times over (the records with the edit, in the index's order, by topic),
/// and as a struct of ten references each copy cost ten retains and releases, 8 % of its CPU.
final class ExerciseRecord: Sendable, Equatable {
    /// The file's name in the bank's `exercises/` folder.
    let file: String
    let id: String
    let tags: [String]
    /// How the pages that list it show it; nil when the publication rule withholds it.
    let listing: ExerciseListing?
    /// Its entry in the search index, encoded (`SearchIndex.encoded`); empty when withheld.
    let searchEntry: SearchIndex.EncodedEntry

    init(file: String, id: String, tags: [String], listing: ExerciseListing?, searchEntry: SearchIndex.EncodedEntry) {
        self.file = file
        self.id = id
        self.tags = tags
        self.listing = listing
        self.searchEntry = searchEntry
    }

    static func == (a: ExerciseRecord, b: ExerciseRecord) -> Bool {
        a.file == b.file && a.id == b.id && a.tags == b.tags && a.listing == b.listing && a.searchEntry == b.searchEntry
    }

    /// The records of a computed bank's exercises, as `publication` lets them through, in order.
    /// Which bytes of the file they come from, the build record's input hashes say: the build
    /// hashed its inputs before it read them.
    static func records(of exercises: [Exercise], _ publication: Publication) async -> [ExerciseRecord] {
        let course = publication.bank.course
        return await exercises.concurrentMap { exercise in
            let file = exercise.location.file.split(separator: "/").last.map(String.init) ?? exercise.location.file
            guard publication.share(of: exercise) > .withheld else {
                return ExerciseRecord(file: file, id: exercise.id, tags: exercise.metadata.tags, listing: nil, searchEntry: [])
            }
            let cut = publication.cut(exercise)
            return ExerciseRecord(file: file, id: exercise.id, tags: exercise.metadata.tags, listing: ExerciseListing(cut),
                                  searchEntry: SearchIndex.encoded([SearchIndex.Entry(cut, in: course)])[0])
        }
    }
}
