import Bank

/// What changed since the last build when only exercise files did — edited, added or removed in
/// the bank's `exercises/` folder, and nothing else the build reads: no option, template, exam
/// file, roster or course.yml. Nil for any other change, which needs a full build.
struct ExerciseEdits: Sendable, Equatable {
    /// Names of the files that are new or whose bytes changed, sorted.
    var changed: [String]
    /// Names of the files that are gone, sorted.
    var removed: [String]

    /// Compares the input files' hashes with the last build's; `exercises` is the absolute path
    /// of the bank's `exercises/` folder. Hidden files there are ignored, as the bank ignores them.
    init?(from previous: BuildRecord, to inputs: [String: FileStamp], key: ContentHash, exercises: String) {
        guard previous.key == key, previous.summary != nil else { return nil }
        var changed: [String] = [], removed: [String] = []
        let prefix = exercises.hasSuffix("/") ? exercises : exercises + "/"
        func note(_ path: String, gone: Bool) -> Bool {
            guard path.hasPrefix(prefix) else { return false }
            let name = String(path.dropFirst(prefix.count))
            if name.hasPrefix(".") { return true }
            guard !name.contains("/"), name.hasSuffix(".md") else { return false }
            if gone { removed.append(name) } else { changed.append(name) }
            return true
        }
        for (path, stamp) in inputs where previous.inputs[path]?.hash != stamp.hash {
            guard note(path, gone: false) else { return nil }
        }
        for path in previous.inputs.keys where inputs[path] == nil {
            guard note(path, gone: true) else { return nil }
        }
        guard !changed.isEmpty || !removed.isEmpty else { return nil }
        self.changed = changed.sorted()
        self.removed = removed.sorted()
    }

    /// Every file the edits touch, as it was or as it is.
    var touched: Set<String> { Set(changed + removed) }
}

extension ExamSpec {
    /// Whether an exercise with one of these ids, or one of these tags, is or could be in this
    /// exam: named by an item, in a pool's list, or in a tag's pool.
    func mayHold(ids: Set<String>, tags: Set<String>) -> Bool {
        items.contains { item in
            if let tag = item.tag, tags.contains(tag) { return true }
            let named = item.pool ?? (item.isPool ? [] : [item.exerciseID])
            return named.contains(where: ids.contains)
        }
    }
}
