import ArgumentParser
import Diagnostics
import Foundation
import Scaffold

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new course in a new folder: a question bank with example exercises and an exam, and the default theme.",
        discussion: "The new course builds at once: cd into the folder and run `sitegen build`, or `sitegen serve` to edit with live reload.")

    @Argument(help: "The folder to create; it must not exist or be empty.")
    var folder: String

    @Option(help: "The course title.")
    var title = "My Course"

    @Option(help: "The course code, printed on every exam.")
    var code = "COURSE-101"

    @OptionGroup var output: OutputOptions

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        do {
            let written = try CourseSkeleton(title: title, code: code).write(to: url)
            if output.verbose { for path in written { print("sitegen: wrote \(folder)/\(path)") } }
            guard !output.quiet else { return }
            print("sitegen: created \(folder)/ with \(String(counting: written.count, "file")). Next:")
            print("  cd \(folder)")
            print("  sitegen serve        # then open http://127.0.0.1:8000/ and edit QuestionBank/exercises/first-exercise.md")
        } catch {
            throw Console.failure(error.diagnostic)
        }
    }
}
