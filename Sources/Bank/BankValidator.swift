/// Stage 2, validate: the checks that need more than one file — ids, topics, exams and totals.
public struct BankValidator {
    public init() {}

    /// Every problem found; the build stops if any is an error.
    public func diagnostics(for bank: Bank) -> [Diagnostic] {
        var found: [Diagnostic] = []
        found += duplicateIDs(bank)
        found += topics(bank)
        for exam in bank.exams { found += check(exam, in: bank) }
        return found.sorted(by: Diagnostic.inReadingOrder)
    }

    /// Throws when any diagnostic is an error; returns the warnings otherwise.
    public func validate(_ bank: Bank) throws(DiagnosticError) -> [Diagnostic] {
        let found = diagnostics(for: bank)
        if found.contains(where: { $0.severity == .error }) {
            throw DiagnosticError(stage: .validate, diagnostics: found)
        }
        return found
    }

    private func duplicateIDs(_ bank: Bank) -> [Diagnostic] {
        var first: [String: Exercise] = [:]
        var found: [Diagnostic] = []
        for exercise in bank.exercises.sorted(by: { $0.location < $1.location }) {
            if let earlier = first[exercise.id] {
                found.append(.error(at: idLocation(exercise), "duplicate exercise id `\(exercise.id)`; it is already used by \(earlier.location.file)"))
            } else {
                first[exercise.id] = exercise
            }
            let stem = exercise.location.file.split(separator: "/").last.map { $0.dropLast(3) }
            if let stem, stem != exercise.id {
                found.append(.warning(at: idLocation(exercise), "id `\(exercise.id)` differs from the file name `\(stem).md`; rename one so they match"))
            }
        }
        return found
    }

    private func topics(_ bank: Bank) -> [Diagnostic] {
        let slugs = bank.course.topics.map(\.slug)
        return bank.exercises.compactMap { exercise in
            guard !slugs.contains(exercise.metadata.topic) else { return nil }
            return .error(at: exercise.location.movedTo(line: frontMatterLine(of: "topic", in: exercise)),
                          "unknown topic `\(exercise.metadata.topic)`; course.yml lists \(slugs.map { "`\($0)`" }.joined(separator: ", "))"
                            + Suggestion.hint(for: exercise.metadata.topic, among: slugs))
        }
    }

    private func check(_ exam: ExamSpec, in bank: Bank) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let ids = bank.exercises.map(\.id)
        let at = exam.location
        if exam.course != bank.course.code {
            found.append(.warning(at: exam.keyLocations["course"], "exam `\(exam.id)` is for course `\(exam.course)` but course.yml has code `\(bank.course.code)`"))
        }
        var seen: Set<String> = []
        for (index, item) in exam.items.enumerated() {
            let key = item.pool != nil ? "from" : item.tag != nil ? "tag" : "id"
            let at = exam.keyLocations["exercises[\(index)].\(key)"]
            let named = item.pool ?? (item.isPool ? [] : [item.exerciseID])
            for id in named where bank.exercise(id) == nil {
                found.append(.error(at: at, "exam `\(exam.id)` refers to unknown exercise `\(id)`" + Suggestion.hint(for: id, among: ids)))
            }
            let candidates = bank.candidates(for: item)
            for candidate in candidates where !seen.insert(candidate.id).inserted && !item.isPool {
                found.append(.error(at: at, "exam `\(exam.id)` lists exercise `\(candidate.id)` twice"))
            }
            if item.isPool {
                found += pool(item, candidates, exam: exam, at: at)
            }
            for exercise in candidates {
                let labels = exercise.parts.map(\.label)
                for label in item.space?.labels ?? [] where !labels.contains(label) {
                    found.append(.error(at: exam.keyLocations["exercises[\(index)].space.\(label)"],
                                        "`space` names part `\(label)`, but exercise `\(exercise.id)` has parts \(labels.map { "`\($0)`" }.joined(separator: ", "))"))
                }
            }
            for exercise in candidates where !exam.released && exercise.isPublic {
                found.append(.warning(at: at, "exercise `\(exercise.id)` of unreleased exam `\(exam.id)` is public on the site; set `visibility: private` until the exam is released"))
            }
        }
        if exam.items.isEmpty {
            found.append(.error(at: at, "exam `\(exam.id)` has no exercises"))
        }
        let total = bank.exercises(of: exam).map(\.points).sum()
        if let declared = exam.declaredTotal, declared != total, !found.contains(where: { $0.severity == .error }) {
            found.append(.error(at: exam.keyLocations["total"], "exam `\(exam.id)` declares a total of \(declared.spelledOut) but its parts add up to \(total.spelledOut)"))
        }
        return found
    }

    /// A pool must hold enough exercises, all worth the same, so every variant has the same total.
    private func pool(_ item: ExamItem, _ candidates: [Exercise], exam: ExamSpec, at: SourceLocation) -> [Diagnostic] {
        let what = item.tag.map { "the pool of tag `\($0)`" } ?? "the pool"
        if candidates.count < item.pick {
            return [.error(at: at, "\(what) in exam `\(exam.id)` holds \(candidates.count) exercise\(candidates.count == 1 ? "" : "s") but `pick` asks for \(item.pick)")]
        }
        let worth = Set(candidates.map(\.points))
        guard worth.count == 1 else {
            let list = candidates.map { "`\($0.id)` (\($0.points))" }.joined(separator: ", ")
            return [.error(at: at, "\(what) in exam `\(exam.id)` mixes exercises worth different points (\(list)), so variants would have different totals; make them equal or split the pool")]
        }
        return []
    }

    private func idLocation(_ exercise: Exercise) -> SourceLocation {
        exercise.location.movedTo(line: frontMatterLine(of: "id", in: exercise))
    }

    /// Front matter keys sit on their own line; the key's line is found from the file's first line.
    private func frontMatterLine(of key: String, in exercise: Exercise) -> Int {
        exercise.metadata.keyLocations[key].line
    }
}

extension SourceLocation {
    func movedTo(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
