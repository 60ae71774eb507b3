import Bank
import Foundation
import Testing
import TestSupport
@testable import Pipeline

/// The build cache beside the private output: a build after an edit writes only what changed and
/// leaves exactly the bytes a clean build makes; a change to anything else a build reads (a
/// template, course.yml, an exam file) is noticed; a damaged cache means a full build, not a crash.
@Suite struct BuildCacheTests {
    /// A copy of the seed bank and theme, built with the cache into `cached/`; `clean()` builds
    /// the same inputs without it into a fresh folder. Two variants of each exam (`--variants 2`)
    /// keep the many builds short.
    struct Course {
        let bank: URL
        let templates: URL
        let cached: TestBuild

        init() async throws {
            bank = try TestBuild.copy(TestBuild.repository.appendingPathComponent("QuestionBank"))
            templates = try TestBuild.copy(TestBuild.repository.appendingPathComponent("Templates"))
            var cached = try TestBuild(bank: bank, templates: templates)
            cached.options.cache = .on
            cached.options.variants = 2
            self.cached = cached
            try await cached.run()
        }

        var cache: BuildCache { BuildCache(privateOutput: cached.options.privateOutput) }

        /// Replaces the first `old` in a file of the bank or the theme.
        func edit(_ file: URL, _ old: String, _ new: String) throws {
            let text = try String(contentsOf: file, encoding: .utf8)
            let edited = text.replacingOccurrences(of: old, with: new, range: text.range(of: old))
            #expect(edited != text, "`\(old)` is not in \(file.lastPathComponent)")
            try Data(edited.utf8).write(to: file)
        }

        /// A build without the cache into a new folder, to compare with.
        func clean() async throws -> TestBuild {
            var clean = try TestBuild(bank: bank, templates: templates)
            clean.options.variants = cached.options.variants
            try await clean.run()
            return clean
        }

        /// `sitegen serve`'s builder for this course: in place, with one render cache and one
        /// memory of the last build across its builds.
        struct Serve {
            var options: BuildOptions
            let cache = RenderCache(), memory = BuildMemory()

            @discardableResult
            func build() async throws -> BuildReport { try await SiteBuilder(options: options, cache: cache, memory: memory).build() }
        }

        func serve() -> Serve {
            var options = cached.options
            options.incremental = true
            return Serve(options: options)
        }

        /// Every file of both output folders is the same, byte for byte, in `cached` and `other`.
        func expectSameOutput(as other: TestBuild, _ what: String) {
            for (mine, theirs) in [(cached.options.site, other.options.site), (cached.options.privateOutput, other.options.privateOutput)] {
                let built = TestBuild.files(in: mine), expected = TestBuild.files(in: theirs)
                let differing = Set(built.keys).union(expected.keys).filter { built[$0] != expected[$0] }.sorted()
                #expect(differing.isEmpty, "after \(what), \(mine.lastPathComponent)/ differs from a clean build at: \(differing.prefix(10))")
                #expect(!built.isEmpty)
            }
        }
    }

    @Test func oneEditRewritesOnlyWhatChangedAndMatchesACleanBuild() async throws {
        let course = try await Course()
        #expect(FileManager.default.fileExists(atPath: course.cache.folder.appendingPathComponent("build-record.txt").path))
        #expect(!TestBuild.files(in: course.cached.options.site).keys.contains { $0.contains("sitegen-cache") })

        let again = try await course.cached.run()
        #expect(again.upToDate, "a build with nothing changed does nothing")

        try course.edit(course.bank.appendingPathComponent("exercises/dropout-arithmetic-2026.md"),
                        "title: Inverted Dropout by Hand", "title: Inverted Dropout, Worked by Hand")
        let report = try await course.cached.run()
        let changes = try #require(report.changes)
        #expect(!report.upToDate)
        #expect(changes.written > 0 && changes.written < changes.unchanged, "written \(changes.written), unchanged \(changes.unchanged)")
        course.expectSameOutput(as: try await course.clean(), "editing one exercise's title")
    }

    /// Edits to exercises that no exam holds: each rebuild loads only the edited files, and the
    /// output is still, byte for byte, what a clean build makes.
    @Test func exerciseEditsRebuildOnlyThoseExercises() async throws {
        let course = try await Course()
        let exercises = course.bank.appendingPathComponent("exercises")
        let smoothing = exercises.appendingPathComponent("label-smoothing-2026.md")
        let copy = exercises.appendingPathComponent("label-smoothing-copy-2026.md")
        let edits: [(String, () throws -> Void)] = [
            ("a parametrized exercise's body", {
                try course.edit(exercises.appendingPathComponent("dropout-arithmetic-2026.md"), "## (a)", "An added sentence.\n\n## (a)")
            }),
            ("an exercise's title", { try course.edit(smoothing, "title: Label Smoothing", "title: Smoothing the Labels") }),
            ("an exercise's topic", { try course.edit(smoothing, "topic: backprop", "topic: regularisation") }),
            ("a new exercise", {
                let text = try String(contentsOf: smoothing, encoding: .utf8)
                try Data(text.replacingOccurrences(of: "id: label-smoothing-2026", with: "id: label-smoothing-copy-2026").utf8).write(to: copy)
            }),
            ("a deleted exercise", { try FileManager.default.removeItem(at: copy) }),
            ("an exercise made private", { try course.edit(smoothing, "visibility: public", "visibility: private") }),
            ("an exercise made public again", { try course.edit(smoothing, "visibility: private", "visibility: public") }),
        ]
        for (what, edit) in edits {
            try edit()
            let report = try await course.cached.run()
            #expect(report.editedExercises == (what == "a deleted exercise" ? 0 : 1), "\(what): rebuilt from the cache")
            #expect(!report.upToDate && (report.changes?.written ?? 0) > 0, "\(what)")
            course.expectSameOutput(as: try await course.clean(), "editing \(what)")
        }
        #expect(try await course.cached.run().upToDate, "the rebuilds' record is whole")
    }

    /// The search index is split by topic so that an edit rewrites its topic's part alone: the
    /// other parts, at 10,000 exercises 90 % of the index, keep their files (same inode).
    @Test func anEditRewritesOnlyItsTopicsPartOfTheSearchIndex() async throws {
        let course = try await Course()
        let parts = course.cached.options.site.appendingPathComponent("search-index")
        func inodes() throws -> [String: Int] {
            var found: [String: Int] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: parts.path) {
                found[name] = try #require(try FileManager.default.attributesOfItem(atPath: parts.appendingPathComponent(name).path)[.systemFileNumber] as? Int)
            }
            return found
        }
        let before = try inodes()
        #expect(before.count > 2)
        try course.edit(course.bank.appendingPathComponent("exercises/dropout-arithmetic-2026.md"), "## (a)", "Searchable okapi sentence.\n\n## (a)")
        let report = try await course.cached.run()
        #expect(report.editedExercises == 1)
        let after = try inodes()
        #expect(Set(after.keys) == Set(before.keys))
        #expect(before.keys.filter { before[$0] != after[$0] }.sorted() == ["regularisation.js"])
        #expect(try String(contentsOf: parts.appendingPathComponent("regularisation.js"), encoding: .utf8).contains("Searchable okapi sentence."))
        course.expectSameOutput(as: try await course.clean(), "editing an exercise's text")
    }

    /// `sitegen serve`'s rebuilds: the last build's records and renderer kept in memory, with a
    /// render cache that lives on; after exercise edits the output is still a clean build's.
    @Test func serveRebuildsFromMemoryAsACleanBuildWould() async throws {
        let course = try await Course()
        let serve = course.serve(), memory = serve.memory
        try await serve.build()
        let smoothing = course.bank.appendingPathComponent("exercises/label-smoothing-2026.md")
        for (index, (old, new)) in [("title: Label Smoothing", "title: Smoothing the Labels"), ("topic: backprop", "topic: regularisation")].enumerated() {
            try course.edit(smoothing, old, new)
            let report = try await serve.build()
            #expect(report.editedExercises == 1, "edit \(index): rebuilt from memory")
            course.expectSameOutput(as: try await course.clean(), "serve, edit \(index)")
        }
        // The records are written after the build returns: once they are, a build from the
        // command line finds them whole and nothing to do.
        await memory.settle()
        #expect(try await course.cached.run().upToDate, "the records serve wrote after its last build are whole")
    }

    /// `serve` with its watcher: a rebuild stamps only the files the watcher reported, and ends
    /// as a clean build does; an edit from before the watching began, and one reported to a build
    /// that failed, are still read; a new file means reading every folder again.
    @Test func serveWithAWatcherReadsWhatItReportedAndMissesNothing() async throws {
        let course = try await Course()
        let serve = course.serve(), memory = serve.memory
        try await serve.build()
        let exercises = course.bank.appendingPathComponent("exercises")
        let smoothing = exercises.appendingPathComponent("label-smoothing-2026.md")
        let dropout = exercises.appendingPathComponent("dropout-arithmetic-2026.md")
        // Before the watcher: the first build after it began reads every file.
        try course.edit(dropout, "## (a)", "Edited before the watcher.\n\n## (a)")
        memory.startWatching()
        try course.edit(smoothing, "title: Label Smoothing", "title: Smoothing the Labels")
        memory.noteChanges([smoothing.path])
        #expect(try await serve.build().editedExercises == 2)
        course.expectSameOutput(as: try await course.clean(), "an edit before the watcher and one after")

        // Reported to a build that fails: the next build, told of another file only, reads it too.
        try course.edit(smoothing, "title: Smoothing the Labels", "title: Smoothed Labels")
        try course.edit(dropout, "id: dropout-arithmetic-2026", "id: label-smoothing-2026")
        memory.noteChanges([smoothing.path, dropout.path])
        await #expect(throws: DiagnosticError.self) { try await serve.build() }
        try course.edit(dropout, "id: label-smoothing-2026", "id: dropout-arithmetic-2026")
        memory.noteChanges([dropout.path])
        try await serve.build()
        course.expectSameOutput(as: try await course.clean(), "an edit reported to a failed build")

        // Only the reported files: another input stamped otherwise would show in the record.
        await memory.settle()
        let previous = try #require(course.cache.read())
        try course.edit(smoothing, "title: Smoothed Labels", "title: Labels, Smoothed")
        let stamped = try #require(BuildCache.inputs(serve.options, previous: previous, changed: [smoothing.path]))
        let read = BuildCache.inputs(serve.options, extra: Array(previous.inputs.keys), previous: previous)
        let differing = Set(read.keys).union(stamped.keys).filter { read[$0] != stamped[$0] }.sorted()
        #expect(differing.isEmpty, "stamping the reported files differs from reading every file at: \(differing.prefix(5))")
        // A file it never read, or a folder (the watcher lost track): nil, read every folder.
        let added = exercises.appendingPathComponent("added-2026.md")
        #expect(BuildCache.inputs(serve.options, previous: previous, changed: [added.path]) == nil)
        #expect(BuildCache.inputs(serve.options, previous: previous, changed: [exercises.path]) == nil)
        try FileManager.default.copyItem(at: smoothing, to: added)
        try course.edit(added, "id: label-smoothing-2026", "id: added-2026")
        memory.noteChanges([smoothing.path, added.path])
        try await serve.build()
        course.expectSameOutput(as: try await course.clean(), "an added file")
    }

    /// An edit that gives an exercise another file's id is reported as a clean build reports it.
    @Test func anEditedExerciseIsCheckedAgainstTheOthers() async throws {
        let course = try await Course()
        try course.edit(course.bank.appendingPathComponent("exercises/label-smoothing-2026.md"),
                        "id: label-smoothing-2026", "id: dropout-arithmetic-2026")
        func failure(_ build: TestBuild) async -> [String] {
            do {
                _ = try await build.run()
                return []
            } catch {
                return (error as? DiagnosticError)?.diagnostics.map(\.message) ?? ["\(error)"]
            }
        }
        let cached = await failure(course.cached)
        #expect(cached.contains { $0.contains("duplicate exercise id `dropout-arithmetic-2026`") }, "\(cached)")
        var clean = try TestBuild(bank: course.bank, templates: course.templates)
        clean.options.variants = course.cached.options.variants
        #expect(cached == (await failure(clean)))
    }

    @Test func aTemplateCourseOrExamEditIsNoticed() async throws {
        let course = try await Course()
        let edits: [(String, URL, String, String)] = [
            ("a template", course.templates.appendingPathComponent("exercise.mustache"), "</", "<!-- edited --></"),
            ("course.yml", course.bank.appendingPathComponent("course.yml"), "title: ", "title: The "),
            ("an exam file", course.bank.appendingPathComponent("exams/dl-2019-01-22.yml"), "closing: Good luck", "closing: Best of luck"),
            ("an exercise in an exam", course.bank.appendingPathComponent("exercises/cnn-2019.md"),
             "Suppose you have", "Suppose that you have"),
        ]
        for (what, file, old, new) in edits {
            try course.edit(file, old, new)
            let report = try await course.cached.run()
            #expect(!report.upToDate, "\(what) changed")
            #expect(report.editedExercises == nil, "\(what) needs a full build")
            #expect((report.changes?.written ?? 0) > 0, "\(what) changed")
            course.expectSameOutput(as: try await course.clean(), "editing \(what)")
        }
    }

    @Test func aDamagedCacheMeansAFullBuild() async throws {
        let course = try await Course()
        let record = course.cache.folder.appendingPathComponent("build-record.txt")
        let whole = try Data(contentsOf: record)
        let damages: [(String, Data)] = [
            ("truncated", whole.prefix(whole.count / 2)),
            ("empty", Data()),
            ("not text", Data([0xFF, 0xFE, 0x00, 0x80] + Array(whole.prefix(200)))),
            ("garbled fields", Data(String(decoding: whole, as: UTF8.self).replacingOccurrences(of: " ", with: " zz", options: [], range: nil).utf8)),
        ]
        for (index, (what, bytes)) in damages.enumerated() {
            try course.edit(course.bank.appendingPathComponent("exercises/dropout-arithmetic-2026.md"),
                            index == 0 ? "title: Inverted Dropout by Hand" : "title: Inverted Dropout \(index - 1)", "title: Inverted Dropout \(index)")
            try bytes.write(to: record)
            #expect(BuildRecord(text: String(decoding: bytes, as: UTF8.self)) == nil, "\(what) is not read")
            let report = try await course.cached.run()
            #expect(!report.upToDate, "\(what)")
            course.expectSameOutput(as: try await course.clean(), "a \(what) cache file")
        }
        // Damaged exercise records: the rebuild after an exercise edit is a full one.
        try await course.cached.run()
        let exercises = course.cache.folder.appendingPathComponent("exercises.bin")
        let records = try Data(contentsOf: exercises)
        for (index, bytes) in [records.prefix(records.count / 2), Data(records.reversed()), Data()].enumerated() {
            try course.edit(course.bank.appendingPathComponent("exercises/label-smoothing-2026.md"),
                            index == 0 ? "title: Label Smoothing" : "title: Label Smoothing \(index - 1)", "title: Label Smoothing \(index)")
            try bytes.write(to: exercises)
            let report = try await course.cached.run()
            #expect(report.editedExercises == nil, "damaged exercise records are not used")
            course.expectSameOutput(as: try await course.clean(), "damaged exercise records")
        }
        // A cache folder that is a file, not a folder: still a build, without a cache.
        try FileManager.default.removeItem(at: course.cache.folder)
        try Data("x".utf8).write(to: course.cache.folder)
        try await course.cached.run()
        course.expectSameOutput(as: try await course.clean(), "a cache folder that is a file")
    }

    @Test func theRecordReadsBackWhatItWrote() throws {
        let stamp = FileStamp(size: 12, modified: 1_764_000_000_123_456_789, hash: ContentHash("twelve bytes"))
        let record = BuildRecord(key: ContentHash("key"), made: 42, inputs: ["/bank/a b.md": stamp],
                                 outputs: [.site: ["exercises/x y.html": stamp], .private: ["index.html": stamp]],
                                 summary: .init(siteFiles: 1, privateFiles: 1, exercises: 1, exams: 0, variants: 0))
        #expect(BuildRecord(text: record.text) == record)
        #expect(record.text.contains("\nin 12 1764000000123456789 \(stamp.hash.description) /bank/a b.md\n"))
        #expect(record.text.contains("\nout private 12 1764000000123456789 \(stamp.hash.description) index.html\n"))
        #expect(ContentHash(hex: Substring(stamp.hash.description)) == stamp.hash)
        #expect(ContentHash("twelve bytes") != ContentHash("twelve bytez"))
        #expect(ContentHash(Data(count: 8)) != ContentHash(Data(count: 9)))
    }
}
