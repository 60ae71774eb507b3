import Bank
import Foundation
import Testing
import TestSupport

/// Outside a course, the loader says so in a sentence and says what to do.
@Suite struct NotACourseTests {
    @Test func aFolderWithoutCourseYmlIsNotACourse() throws {
        let folder = try TemporaryFolder()
        let loader = BankLoader(root: folder.url("QuestionBank"), displayBase: folder.url)
        let error = try #require(throws: DiagnosticError.self) { try loader.load() }
        #expect(error.stage == .load)
        #expect(error.diagnostics == [
            .error(.load, "not a sitegen course here: there is no QuestionBank/course.yml",
                   hint: "run `sitegen init FOLDER` to start a course, or give --bank the folder that holds course.yml"),
        ])
        #expect(throws: DiagnosticError.self) { try loader.loadCourse() }
    }
}
