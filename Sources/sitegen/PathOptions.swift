import ArgumentParser
import Bank
import Foundation
import Pipeline

/// The folders a build reads and writes; every default is relative to the current folder.
struct PathOptions: ParsableArguments {
    @Option(help: "The question bank: course.yml, exercises/, exams/.")
    var bank = "QuestionBank"

    @Option(help: "The theme: Mustache templates and assets/.")
    var templates = "Templates"

    @Option(name: .customLong("out"), help: "Where the public site is written.")
    var site = "site"

    @Option(name: .customLong("private-out"), help: "Where answer keys and unreleased exams are written; never publish it.")
    var privateOutput = "private"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Make this many variants (A, B, …) of every exam, whatever the exam files say.")
    var variants: Int?

    @Option(help: "Draw every exam's variants from this seed instead of the exam file's.")
    var seed: UInt64?

    @Option(name: .customLong("roster"), help: ArgumentHelp("A roster (CSV) for one exam, in place of its file's `roster:`; repeat for more exams.", valueName: "exam=file"))
    var rosters: [String] = []

    mutating func validate() throws {
        for roster in rosters where !roster.contains("=") || roster.hasPrefix("=") || roster.hasSuffix("=") {
            throw ValidationError("--roster takes EXAM=FILE, such as --roster midterm=students.csv, got `\(roster)`")
        }
        if let variants, !(0...ExamSpec.maximumVariants).contains(variants) {
            throw ValidationError("--variants must be between 0 and \(ExamSpec.maximumVariants), got \(variants)")
        }
    }

    var buildOptions: BuildOptions {
        var options = BuildOptions(bank: url(bank), templates: url(templates), site: url(site), privateOutput: url(privateOutput), strict: strict)
        options.variants = variants
        options.seed = seed
        for roster in rosters {
            let (exam, file) = (roster.prefix { $0 != "=" }, roster.drop { $0 != "=" }.dropFirst())
            options.rosters[String(exam)] = url(String(file))
        }
        return options
    }

    private func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}
