import Foundation
import SiteInspection
import Testing

/// The 2019 exam's two figures, drawn from ```figure specs, reach the printed student copy.
@Suite struct FigureBuildTests {
    @Test func studentCopyOf2019HasBothFigures() async throws {
        let build = try TestBuild()
        let report = try await build.run()
        #expect(!report.warnings.contains { $0.description.contains("figure:") }, "\(report.warnings)")
        let student = try build.privateHTML("exams/dl-2019-01-22/student.html")
        let figures = student.all("figure", class: "figure")
        let network = try #require(figures.first { $0.hasClass("figure-network") })
        #expect(network.all("text", class: "network-name").map(\.text) == ["Network A", "Network B"])
        #expect(network.all("svg").first?["aria-label"] == "Network A: 100 units → 100 units; Network B: 100 units → 10 units → 100 units")
        let rnn = try #require(figures.first { $0.hasClass("figure-rnn") && !$0.all("g", class: "recurrence").isEmpty })
        #expect(rnn.all("text", class: "figure-note").map(\.text) == ["Figure redrawn: the original was lost"])
        #expect(Set(rnn.all("text", class: "weight").map(\.text)) == ["u", "v", "w"])
        #expect(student.all("div", class: "figure-error").isEmpty)
        #expect(student.all("script").isEmpty)
    }
}
