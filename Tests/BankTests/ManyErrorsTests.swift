import Testing
@testable import Bank

@Suite struct ManyErrorsTests {
    /// One run reports the problems of every file, sorted by file and then by line, even when a
    /// file finds them out of order (a part's missing rubric is noticed after its unknown section).
    @Test func errorsInSeveralFilesAreAllReportedInOrder() throws {
        let bank = Fixture("errors-in-several-files")
        try bank.expectDiagnostics([
            .error(at: bank.location("course.yml", column: 5),
                   "unknown key `descripton` in `topics[1]`; did you mean `description`?"),
            .error(at: bank.location("exams/midterm-2024-03-12.yml", column: 11), "`duration` should be a whole number"),
            .error(at: bank.location("exercises/convolution.md", lineContaining: "## (a)"),
                   "part (a) has no rubric; add `### Rubric` with items such as `- [1 point] names the chain rule`"),
            .error(at: bank.location("exercises/convolution.md", lineContaining: "### Solutions"),
                   "unknown section `### Solutions` in part (a); a part has `### Answer` and `### Rubric`; did you mean `### Answer`?"),
            .error(at: bank.location("exercises/perceptron.md"),
                   "unknown key `titel` in exercise front matter; did you mean `title`?"),
        ])
    }

    @Test func theLoadErrorPrintsEachAsFileLineColumnAndCountsThem() throws {
        let bank = Fixture("errors-in-several-files")
        let error = try #require(throws: DiagnosticError.self) { try bank.load() }
        let lines = error.description.split(separator: "\n")
        #expect(lines.first == "course.yml:11:5: error: unknown key `descripton` in `topics[1]`; did you mean `description`?")
        #expect(lines.last == "sitegen: build failed with 5 errors while reading the bank")
    }
}
