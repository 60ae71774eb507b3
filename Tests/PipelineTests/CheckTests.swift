import Bank
import Foundation
import Pipeline
import SiteInspection
import Testing
import TestSupport
import Variants

/// `sitegen check --draws` and `--links` as library calls: what they report, and where.
@Suite struct CheckTests {
    /// A parametrized exercise whose check fails for one value in forty (`w = 40`).
    static let risky = InlineBank.exercise(id: "risky", extra: """
        parameters:
          w: {integer: [1, 40], default: 2}
        checks:
          - w < 40
        """, question: "Take $w = [[w]]$.")

    static func builder(_ files: [String: String]) throws -> SiteBuilder {
        let build = try TestBuild(bank: try InlineBank.write(files))
        return SiteBuilder(options: build.options)
    }

    @Test func drawsReportEachFailureAtTheCheckThatFailed() throws {
        let report = try Self.builder(["exercises/risky.md": Self.risky,
                                       "exercises/plain.md": InlineBank.exercise(id: "plain")]).drawMany(400)
        // Only the parametrized exercise is drawn.
        #expect(report.exercises.map(\.exerciseID) == ["risky"])
        let risky = try #require(report.exercises.first)
        #expect(risky.hasFailed)
        #expect((1..<400).contains(risky.failureCount))
        // Every value of `w` but the failing 40, drawn many times each.
        #expect(risky.distinctVariants == 39)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.file.hasSuffix("exercises/risky.md") == true)
        #expect(diagnostic.location?.line == Marker.line(of: "- w < 40", in: Self.risky))
        #expect(diagnostic.message == "\(risky.failureCount) of 400 draws of `risky` failed: cross-check `w < 40` fails: the left side is 40, the right side is 40")
        #expect(report.summary.hasPrefix("400 draws of 1 parametrized exercise in "))
        #expect(report.summary.hasSuffix(" s: 1 with failures or NaN/infinite values"))
    }

    @Test func drawsOfASoundExerciseFindNothing() throws {
        let sound = Self.risky.replacingOccurrences(of: "w < 40", with: "w <= 40")
        let report = try Self.builder(["exercises/risky.md": sound]).drawMany(100)
        #expect(report.diagnostics.isEmpty)
        #expect(report.failed.isEmpty)
        #expect(report.summary.hasSuffix(" s: all succeeded"))
        #expect(report.exercises.first?.lines.first?.hasPrefix("risky: 100 draws, 0 failed, ") == true)
    }

    @Test func drawsOfABankThatDoesNotLoadFailAtTheLoadStage() throws {
        let builder = try Self.builder(["exercises/broken.md": InlineBank.exercise(id: "broken", extra: "titel: typo")])
        do {
            _ = try builder.drawMany(10)
            Issue.record("a bank with an unknown key was drawn")
        } catch {
            #expect(error.stage == .load)
            #expect(error.diagnostics.first?.message.hasPrefix("unknown key `titel`") == true)
        }
    }

    @Test func linksBeforeAnyBuildAreNothingToCheck() throws {
        let builder = try Self.builder(["exercises/plain.md": InlineBank.exercise(id: "plain")])
        do {
            _ = try builder.checkLinks(names: ("out", "secret"))
            Issue.record("checkLinks found folders that were never built")
        } catch {
            #expect(error.stage == .inspect)
            #expect(error.diagnostics.map(\.message) == ["nothing to check: out/ does not exist"])
        }
    }

    @Test func linksOfABuildNameTheFolderAsTheUserGaveIt() async throws {
        let builder = try Self.builder(["exercises/plain.md": InlineBank.exercise(id: "plain")])
        _ = try await builder.build()
        let clean = try builder.checkLinks(names: ("out", "secret"))
        #expect(clean.folders == ["out/", "secret/"])
        #expect(clean.problems.isEmpty)
        #expect(clean.summary == "links checked in out/ and secret/: no problems")

        try Data(#"<!doctype html><title>x</title><a href="nowhere.html">x</a>"#.utf8)
            .write(to: builder.options.site.appendingPathComponent("stray.html"))
        let broken = try builder.checkLinks(names: ("out", "secret"))
        #expect(broken.diagnostics.map(\.description) == ["out/stray.html: error: broken link to nowhere.html"])
        #expect(broken.summary == "check --links failed with 1 broken link in out/ and secret/")
    }
}
