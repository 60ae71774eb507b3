import Foundation
import Scaffold
import Testing
import TestSupport

/// The real executable: what it prints and the exit status it ends with (0 ok, 1 errors, 2 usage).
@Suite struct CommandLineTests {
    @Test func versionAndHelpNameTheVersion() throws {
        let folder = try TemporaryFolder()
        #expect(try Sitegen.run("--version", in: folder.url) == .init(status: 0, stdout: "sitegen 0.9.0\n", stderr: ""))
        let help = try Sitegen.run("--help", in: folder.url)
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: sitegen 0.9.0: builds a course website"))
    }

    @Test func aMistypedCommandIsNamedWithTheOneMeant() throws {
        let folder = try TemporaryFolder()
        #expect(try Sitegen.run("biuld", in: folder.url) == .init(status: 2, stdout: "", stderr: """
            sitegen: error: unknown command `biuld`
              hint: did you mean `sitegen build`?
              note: `sitegen --help` lists the commands and what they do

            """))
    }

    @Test func aWrongOptionIsAUsageError() throws {
        let folder = try TemporaryFolder()
        let run = try Sitegen.run("serve", "--port", in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("sitegen: error: missing value for '--port <port>'\n"), "\(run)")
    }

    @Test func outsideACourseItSaysSoAndWhatToDo() throws {
        let folder = try TemporaryFolder()
        #expect(try Sitegen.run("build", in: folder.url) == .init(status: 1, stdout: "", stderr: """
            sitegen: error: not a sitegen course here: there is no QuestionBank/course.yml
              hint: run `sitegen init FOLDER` to start a course, or give --bank the folder that holds course.yml
            sitegen: build failed with 1 error while reading the bank

            """))
    }

    @Test func aNewCourseChecksAndCountsInWords() throws {
        let folder = try TemporaryFolder()
        #expect(try Sitegen.run("init", "course", "--quiet", in: folder.url) == .init(status: 0, stdout: "", stderr: ""))
        let course = folder.url("course")
        #expect(try Sitegen.run("check", in: course)
                == .init(status: 0, stdout: "sitegen: check passed: 4 exercises, 1 exam, 0 warnings\n", stderr: ""))
    }

    @Test func aBankErrorShowsTheLineWithACaret() throws {
        let folder = try TemporaryFolder()
        try CourseSkeleton().write(to: folder.url)
        let exercise = "QuestionBank/exercises/first-exercise.md"
        try folder.write(try folder.read(exercise).replacingOccurrences(of: "\ntitle:", with: "\ntitel:"), to: exercise)
        #expect(try Sitegen.run("build", in: folder.url) == .init(status: 1, stdout: "", stderr: """
            QuestionBank/exercises/first-exercise.md:3:1: error: unknown key `titel` in exercise front matter; did you mean `title`?
             3 | titel: A first exercise
               | ^
            sitegen: build failed with 1 error while reading the bank

            """))
    }
}
