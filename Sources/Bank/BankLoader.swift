import Foundation

/// Stage 1, load: reads `course.yml`, `exercises/*.md` and `exams/*.yml` from a bank folder.
public struct BankLoader: Sendable {
    public var root: URL
    /// How paths are written in diagnostics: relative to this folder when the file is inside it.
    public var displayBase: URL
    /// `--roster EXAM=FILE`: rosters that replace (or stand in for) an exam file's `roster:`, by exam id.
    public var rosters: [String: URL] = [:]

    public init(root: URL, displayBase: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath), rosters: [String: URL] = [:]) {
        self.root = root.resolvingSymlinksInPath()
        self.displayBase = displayBase.standardizedFileURL
        self.rosters = rosters
    }

    /// The bank as written, not yet cross-checked; throws every problem found, not just the first.
    /// With `exerciseFiles` (names in `exercises/`), only those exercise files are read, for a
    /// rebuild that knows the others are unchanged; the course and the exams are read whole.
    public func load(exerciseFiles: [String]? = nil) throws(DiagnosticError) -> Bank {
        var diagnostics: [Diagnostic] = []
        let course = readCourse(into: &diagnostics)
        var exercises: [Exercise] = []
        let exerciseURLs = exerciseFiles.map { $0.sorted().map { root.appendingPathComponent("exercises").appendingPathComponent($0) } }
            ?? files(in: "exercises", ending: ".md", diagnostics: &diagnostics)
        for (exercise, found) in parseExercises(exerciseURLs) {
            if let exercise { exercises.append(exercise) }
            diagnostics += found
        }
        var exams: [ExamSpec] = []
        var examDiagnostics: [Diagnostic] = []
        for url in files(in: "exams", ending: ".yml", diagnostics: &examDiagnostics) {
            guard let text = read(url, into: &diagnostics) else { continue }
            switch YAMLSource(file: display(url), text: text).decode(ExamSpec.self, what: "exam file") {
            case .success(let (decoded, keys)):
                var exam = decoded
                exam.keyLocations = keys
                exam.id = url.deletingPathExtension().lastPathComponent
                exam.location = SourceLocation(file: display(url), line: 1)
                exam.roster = readRoster(of: exam, at: url, into: &diagnostics)
                if exam.cover.institutionFromCourse {
                    if let name = course?.institution {
                        exam.cover.institution = name
                    } else if course != nil {
                        diagnostics.append(.error(at: keys["cover.institution"], "`institution: true` prints course.yml's `institution`, which course.yml does not have",
                                                  hint: "write the name here (`institution: University of Twente`) or add `institution:` to course.yml"))
                    }
                }
                exams.append(exam)
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        for exam in rosters.keys.sorted() where !exams.contains(where: { $0.id == exam }) {
            diagnostics.append(.error(.load, "--roster names exam `\(exam)`, which the bank does not have\(Suggestion.hint(for: exam, among: exams.map(\.id)))"))
        }
        // A roster may sit beside its exam file: that CSV file is not a stray one, even when
        // --roster stands in for it.
        let rosters = Set(exams.compactMap { exam in
            exam.rosterPath.map { display(URL(fileURLWithPath: $0, relativeTo: root.appendingPathComponent("exams")).standardizedFileURL) }
        })
        diagnostics += examDiagnostics.filter { $0.location.map { !rosters.contains($0.file) } ?? true }
        guard let course, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticError(stage: .load, diagnostics: diagnostics)
        }
        return Bank(course: course, exercises: exercises, exams: exams)
    }

    /// The roster an exam file names, relative to the exam file; nil (with a diagnostic) when it
    /// cannot be read.
    private func readRoster(of exam: ExamSpec, at url: URL, into diagnostics: inout [Diagnostic]) -> Roster? {
        if let override = rosters[exam.id] {
            guard FileManager.default.fileExists(atPath: override.path) else {
                diagnostics.append(.error(.load, "the roster \(display(override)) given by --roster does not exist"))
                return nil
            }
            return Self.readRoster(override, display: display(override), into: &diagnostics)
        }
        guard let path = exam.rosterPath else { return nil }
        let rosterURL = URL(fileURLWithPath: path, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
        guard FileManager.default.fileExists(atPath: rosterURL.path) else {
            diagnostics.append(.error(at: exam.keyLocations["roster"], "the roster `\(path)` does not exist (looked for \(display(rosterURL)))",
                                      hint: "give the path relative to the exam file"))
            return nil
        }
        return Self.readRoster(rosterURL, display: display(rosterURL), into: &diagnostics)
    }

    /// A roster file, read and checked; nil (with diagnostics) when it cannot be.
    public static func readRoster(_ url: URL, display: String, into diagnostics: inout [Diagnostic]) -> Roster? {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error(at: SourceLocation(file: display, line: 1), "cannot read the roster as UTF-8 text",
                                      hint: "save it from the spreadsheet as CSV UTF-8"))
            return nil
        }
        do { return try Roster(file: display, text: text) } catch {
            diagnostics += error.diagnostics
            return nil
        }
    }

    /// `course.yml` alone, as `sitegen new` needs it.
    public func loadCourse() throws(DiagnosticError) -> Course {
        var diagnostics: [Diagnostic] = []
        guard let course = readCourse(into: &diagnostics) else { throw DiagnosticError(stage: .load, diagnostics: diagnostics) }
        return course
    }

    private func readCourse(into diagnostics: inout [Diagnostic]) -> Course? {
        let courseURL = root.appendingPathComponent("course.yml")
        guard FileManager.default.fileExists(atPath: courseURL.path) else {
            diagnostics.append(.error(.load, "not a sitegen course here: there is no \(display(courseURL))",
                                      hint: "run `sitegen init FOLDER` to start a course, or give --bank the folder that holds course.yml"))
            return nil
        }
        guard let text = read(courseURL, into: &diagnostics) else { return nil }
        switch YAMLSource(file: display(courseURL), text: text).decode(Course.self, what: "course.yml") {
        case .success(let (value, keys)):
            var course = value
            course.keyLocations = keys
            return course
        case .failure(let error):
            diagnostics += error.diagnostics
            return nil
        }
    }

    /// Reads and parses exercise files on every core; results (and diagnostics) keep the files' order.
    private func parseExercises(_ urls: [URL]) -> [(Exercise?, [Diagnostic])] {
        urls.mapOnAllCores { url in
            var diagnostics: [Diagnostic] = []
            guard let text = read(url, into: &diagnostics) else { return (nil, diagnostics) }
            switch ExerciseFile(path: display(url), text: text).parse() {
            case .success(let exercise): return (exercise, [])
            case .failure(let error): return (nil, error.diagnostics)
            }
        }
    }

    /// The `*.suffix` files of a bank folder, sorted. Anything else in it is an error naming the
    /// file and the name it should have: nothing in the bank is skipped without a word.
    private func files(in folder: String, ending suffix: String, diagnostics: inout [Diagnostic]) -> [URL] {
        let url = root.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let kind = folder == "exercises" ? "exercise" : "exam"
        guard FolderListing.isFolder(url.path) else {
            diagnostics.append(.error(at: SourceLocation(file: display(url), line: 1), "`\(folder)` is a file, not a folder",
                                      hint: "make `\(folder)` a folder holding one `<id>\(suffix)` file per \(kind)"))
            return []
        }
        let entries = (FolderListing.entries(of: url.path) ?? []).filter { !$0.name.hasPrefix(".") }.sorted { $0.name < $1.name }
        var files: [URL] = []
        for entry in entries {
            let file = url.appendingPathComponent(entry.name)
            if entry.name.hasSuffix(suffix) && !entry.isFolder {
                files.append(file)
            } else {
                diagnostics.append(Self.strayFile(entry.name, at: SourceLocation(file: display(file), line: 1),
                                                  in: folder, kind: kind, suffix: suffix))
            }
        }
        return files
    }

    /// The error for a file that is not `<id>.suffix` in a bank folder, with the name it should have.
    static func strayFile(_ name: String, at location: SourceLocation, in folder: String, kind: String, suffix: String) -> Diagnostic {
        let stem = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension.lowercased()
        let sameKind: Set<String> = suffix == ".md" ? ["md", "markdown", "mdown", "mkd"] : ["yml", "yaml"]
        if sameKind.contains(ext), !stem.isEmpty {
            return .error(at: location, "`\(name)` is not read: \(kind) files end in `\(suffix)`", hint: "rename it to `\(stem)\(suffix)`")
        }
        return .error(at: location, "`\(name)` is not \(kind == "exercise" ? "an" : "a") \(kind) file: \(folder)/ holds only `<id>\(suffix)` files",
                      hint: "rename it to `<id>\(suffix)` or move it out of \(folder)/")
    }

    private func read(_ url: URL, into diagnostics: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(.error(at: SourceLocation(file: display(url), line: 1, column: 1),
                                      "cannot read the file; the bank needs it here"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error(at: SourceLocation(file: display(url), line: 1), "the file is not UTF-8 text; save it as UTF-8"))
            return nil
        }
        return text
    }

    /// A path as the user would type it from where they started the build.
    public func display(_ url: URL) -> String {
        let base = displayBase.path.hasSuffix("/") ? displayBase.path : displayBase.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
