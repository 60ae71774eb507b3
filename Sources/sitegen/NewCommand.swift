import ArgumentParser
import Foundation
import Scaffold

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new file in the bank from a template.",
        subcommands: [NewExerciseCommand.self])
}

struct NewExerciseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercise",
        abstract: "Write QuestionBank/exercises/ID.md with a fresh id made from the title.",
        discussion: "The exercise is private unless --public is given: it shows on the site only once you set `visibility: public`.")

    @Option(help: "The slug of a topic in course.yml.")
    var topic: String

    @Option(help: "The exercise's title; its id is made from it.")
    var title: String?

    @Flag(name: .customLong("public"), help: "Make the exercise and its solutions public at once.")
    var isPublic = false

    @Option(help: "The question bank: course.yml, exercises/, exams/.")
    var bank = "QuestionBank"

    @OptionGroup var output: OutputOptions

    func run() throws {
        let url = URL(fileURLWithPath: bank, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        do {
            let file = try NewExercise(bank: url, topic: topic, title: title, isPublic: isPublic).write()
            if !output.quiet { print("sitegen: wrote \(bank)/exercises/\(file.lastPathComponent)") }
        } catch {
            throw Console.failure(error.diagnostics)
        }
    }
}
