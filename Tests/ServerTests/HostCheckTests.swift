import Foundation
import Testing

/// DNS rebinding: a page on another site whose name resolves to 127.0.0.1 sends its own name as
/// `Host`; `serve` must refuse it everywhere, the answer keys, status and event stream included.
/// Part of the serialized `ServeTests`, so that its served course never builds beside theirs.
extension ServeTests {
    static let hostCheckTargets = ["/", "/_private/exams/first-exam/key.html", "/_sitegen/status", "/_sitegen/events"]

    /// One served course for both checks: its first build is the slow part on a shared machine.
    @Test func answersOnlyToLoopbackNamesAndPagesOfItsOwn() async throws {
        let course = try ServedCourse()
        try await course.with { _, port in
            try await Self.refusedHosts(port: port)
            try await Self.refusedOrigins(port: port)
        }
    }

    static func refusedHosts(port: Int) async throws {
        for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.evil.example", "localhost.evil.example:\(port)",
                     "10.0.0.1", "[::2]:\(port)", "127.0.0.1:\(port)@evil.example", "127.0.0.1:x", "localhost:\(port):1"] {
            for target in Self.hostCheckTargets {
                let response = try await LoopbackClient.get(port: port, target, headers: ["Host: \(host)"], seconds: 60)
                #expect(response.status == 403, "Host: \(host) \(target) answered \(response.status)")
                #expect(!response.body.contains("Rubric") && !response.body.contains("generation"), "Host: \(host) \(target)")
            }
        }
        for headers in [[], ["Host: "]] {
            let response = try await LoopbackClient.get(port: port, "/_private/exams/first-exam/key.html", headers: headers, seconds: 60)
            #expect([400, 403].contains(response.status), "\(headers) answered \(response.status)")
        }
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST", "[::1]:\(port)", "127.0.0.1"] {
            let key = try await LoopbackClient.get(port: port, "/_private/exams/first-exam/key.html", headers: ["Host: \(host)"])
            #expect(key.status == 200, "Host: \(host)")
            #expect(key.body.contains("Rubric"))
            let status = try await LoopbackClient.get(port: port, "/_sitegen/status", headers: ["Host: \(host)"])
            #expect(status.status == 200 && status.body.contains("generation"), "Host: \(host)")
        }
    }

    static func refusedOrigins(port: Int) async throws {
        for origin in ["http://evil.example", "http://evil.example:\(port)", "null", "https://127.0.0.1:\(port)", "http://127.0.0.1.evil.example"] {
            let response = try await LoopbackClient.get(port: port, "/_sitegen/events",
                                                        headers: ["Host: 127.0.0.1:\(port)", "Origin: \(origin)"], seconds: 60)
            #expect(response.status == 403, "Origin: \(origin) answered \(response.status)")
        }
        for origin in ["http://127.0.0.1:\(port)", "http://localhost:\(port)"] {
            // The stream stays open: read until its first event.
            let head = try await offThePool { () throws -> String in
                let connection = try LoopbackConnection(port: port)
                try connection.send("GET /_sitegen/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: \(origin)\r\n\r\n")
                let data = connection.read(until: .now + .seconds(60)) { String(decoding: $0, as: UTF8.self).contains("event: hello") }
                return String(decoding: data, as: UTF8.self)
            }
            #expect(head.hasPrefix("HTTP/1.1 200"), "Origin: \(origin): \(head.prefix(40))")
            #expect(head.contains("event: hello"))
        }
    }
}
