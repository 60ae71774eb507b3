import Foundation
import Pipeline
import Server
import SiteInspection
import Testing

/// `sitegen serve` on loopback: pages with the reload script, reloads after an edit, errors over
/// the last good page, and nothing outside the output folders.
@Suite(.serialized) struct ServeTests {
    @Test func servesTheSiteAndThePrivateOutputWithTheReloadScript() async throws {
        let course = try ServedCourse()
        try await course.with { _, port in
            let home = try await LoopbackClient.get(port: port, "/")
            #expect(home.status == 200)
            #expect(home.headers.lowercased().contains("content-type: text/html"))
            #expect(home.body.contains("Served Course"))
            #expect(home.body.contains("data-sitegen-serve"))
            #expect(home.body.contains("/_sitegen/events"))
            let key = try await LoopbackClient.get(port: port, "/_private/exams/first-exam/key.html")
            #expect(key.status == 200)
            #expect(key.body.contains("Rubric"))
            // The banner's link: the private index, listing the key just fetched.
            let index = try await LoopbackClient.get(port: port, "/_private/")
            #expect(index.status == 200)
            #expect(index.body.contains("<a href=\"exams/first-exam/key.html\">answer key</a>"))
            let css = try await LoopbackClient.get(port: port, "/assets/style.css")
            #expect(css.status == 200 && css.headers.lowercased().contains("text/css"))
            #expect(!css.body.contains("data-sitegen-serve"))
            #expect(try await LoopbackClient.get(port: port, "/no-such-page.html").status == 404)
            #expect(try await LoopbackClient.get(port: port, "/exams").status == 302)
        }
        // The files in site/ never carry the script: it is added as pages are served.
        for name in try FileManager.default.subpathsOfDirectory(atPath: course.options.site.path) where name.hasSuffix(".html") {
            let text = try String(contentsOf: course.options.site.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("sitegen-serve") && !text.contains("_sitegen"), "\(name)")
        }
    }

    @Test func refusesEverythingOutsideTheOutputFolders() async throws {
        let course = try ServedCourse()
        try await course.with { _, port in
            // A link inside site/ that leads out of it.
            try FileManager.default.createSymbolicLink(atPath: course.options.site.appendingPathComponent("escape").path,
                                                       withDestinationPath: "/etc")
            try FileManager.default.createSymbolicLink(atPath: course.options.site.appendingPathComponent("bank.md").path,
                                                       withDestinationPath: course.url("QuestionBank/exercises/exam-question.md").path)
            let attacks = [
                "/../etc/passwd", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd",
                "/..%2fetc%2fpasswd", "/..%2F..%2F..%2Fetc/passwd", "/%2e%2e%2f%2e%2e%2fetc/passwd", "/..%5c..%5cetc/passwd",
                "/_private/../../etc/passwd", "/_private/%2e%2e/QuestionBank/course.yml", "/assets/../../QuestionBank/course.yml",
                "/escape/passwd", "/bank.md", "/.sitegen-output", "//etc/passwd", "/%00/etc/passwd",
                "/exercises/%2e%2e/%2e%2e/QuestionBank/exercises/exam-question.md",
            ]
            for target in attacks {
                let response = try await LoopbackClient.get(port: port, target)
                #expect([400, 403, 404].contains(response.status), "\(target) answered \(response.status)")
                #expect(!response.body.contains("root:") && !response.body.contains("visibility: private"), "\(target) leaked")
            }
            #expect(try await LoopbackClient.get(port: port, "/../etc/passwd").status == 403)
            #expect(try await LoopbackClient.get(port: port, "/%2e%2e/").status == 403)
            #expect(try await LoopbackClient.get(port: port, "/..%2f").status == 403)
            #expect(try await LoopbackClient.get(port: port, "/escape/passwd").status == 403)
        }
    }

    @Test func anEditReloadsTheOpenPages() async throws {
        let course = try ServedCourse()
        try await course.with { server, port in
            let events = try EventStream(port: port)
            let hello = try #require(await events.next("hello", within: 60))
            #expect(hello.contains("\"generation\":1"))
            let file = course.url("QuestionBank/exercises/first-exercise.md")
            let text = try String(contentsOf: file, encoding: .utf8)
            let edited = ContinuousClock.now
            try text.replacingOccurrences(of: "Explain the order", with: "Explain carefully the order")
                .write(to: file, atomically: true, encoding: .utf8)
            let reload = try #require(await events.next("reload", within: 60))
            let seconds = Double((ContinuousClock.now - edited).components.attoseconds) / 1e18 + Double((ContinuousClock.now - edited).components.seconds)
            #expect(reload.contains("\"generation\":2"))
            let page = try await LoopbackClient.get(port: port, "/exercises/first-exercise.html")
            #expect(page.body.contains("Explain carefully the order"))
            let status = await server.status
            // Only what changed: one exercise rendered again, a few files written.
            #expect(status.exercisesRendered == 1)
            // The other three exercises, the exam's exercise and the parametrized exercise's practice copies.
            #expect(status.exercisesReused == 7)
            #expect(status.filesWritten >= 1 && status.filesWritten <= 4, "\(status)")
            #expect(status.filesUnchanged > 20)
            print("serve: edit → reload event in \(Int(seconds * 1000)) ms (build \(Int(status.milliseconds)) ms, "
                  + "\(status.filesWritten) files written, \(status.filesUnchanged) unchanged)")
        }
    }

    @Test func aBuildErrorIsPushedAndTheLastGoodPageStaysServed() async throws {
        let course = try ServedCourse()
        try await course.with { server, port in
            let events = try EventStream(port: port)
            _ = try #require(await events.next("hello", within: 60))
            let file = course.url("QuestionBank/exercises/chain-rule.md")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "topic: calculus", with: "topic: calculus\npionts: 3")
                .write(to: file, atomically: true, encoding: .utf8)
            let error = try #require(await events.next("build-error", within: 60))
            #expect(error.contains("chain-rule.md:5:1: error: unknown key `pionts`"), "\(error)")
            #expect(error.contains("last good build"))
            let page = try await LoopbackClient.get(port: port, "/exercises/chain-rule.html")
            #expect(page.status == 200)
            #expect(page.body.contains("The chain rule"))
            #expect(page.body.contains("id=\"sitegen-build-error\""))
            #expect(page.body.contains("unknown key"))
            #expect(await server.status.generation == 1)
            // Fixing it reloads the pages and takes the overlay away.
            try text.write(to: file, atomically: true, encoding: .utf8)
            _ = try #require(await events.next("reload", within: 60))
            let fixed = try await LoopbackClient.get(port: port, "/exercises/chain-rule.html")
            #expect(!fixed.body.contains("id=\"sitegen-build-error\""))
        }
    }

    @Test func warningsShowOverThePageWithTheirSourceLineAndADismissButton() async throws {
        let course = try ServedCourse()
        try await course.with { server, port in
            let events = try EventStream(port: port)
            _ = try #require(await events.next("hello", within: 60))
            let file = course.url("QuestionBank/exercises/first-exercise.md")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "Explain the order", with: "$\\foo$ Explain the order")
                .write(to: file, atomically: true, encoding: .utf8)
            _ = try #require(await events.next("reload", within: 60))
            let page = try await LoopbackClient.get(port: port, "/exercises/first-exercise.html")
            let overlay = try #require(HTMLParser.parse(page.body).element(id: "sitegen-build-error"))
            #expect(overlay.all("button").first?["data-sitegen-dismiss"] != nil)
            let shown = overlay.all("pre").first?.text ?? ""
            #expect(shown.contains("warning: unknown TeX command \\foo"), "\(shown)")
            #expect(shown.contains("$\\foo$ Explain the order"), "the source line: \(shown)")
            #expect(shown.hasSuffix("sitegen: built with 1 warning"))
            #expect(await server.status.error == nil)
        }
    }
}
