import Foundation
import Testing

/// DNS rebinding: a page on another site whose name resolves to 127.0.0.1 sends its own name as
/// `Host`; `serve` must refuse it everywhere, the answer keys, status and event stream included.
@Suite(.serialized) struct HostCheckTests {
    static let targets = ["/", "/index.html", "/_private/exams/first-exam/key.html", "/_sitegen/status", "/_sitegen/events"]

    @Test func answersOnlyToLoopbackNames() async throws {
        let course = try ServedCourse()
        try await course.with { _, port in
            for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.evil.example", "localhost.evil.example:\(port)",
                         "10.0.0.1", "[::2]:\(port)", "127.0.0.1:\(port)@evil.example", "127.0.0.1:x", "localhost:\(port):1"] {
                for target in Self.targets {
                    let response = try await LoopbackClient.get(port: port, target, headers: ["Host: \(host)"], seconds: 5)
                    #expect(response.status == 403, "Host: \(host) \(target) answered \(response.status)")
                    #expect(!response.body.contains("Rubric") && !response.body.contains("generation"), "Host: \(host) \(target)")
                }
            }
            for headers in [[], ["Host: "]] {
                let response = try await LoopbackClient.get(port: port, "/_private/exams/first-exam/key.html", headers: headers, seconds: 5)
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
    }

    @Test func eventStreamChecksOrigin() async throws {
        let course = try ServedCourse()
        try await course.with { _, port in
            for origin in ["http://evil.example", "http://evil.example:\(port)", "null", "https://127.0.0.1:\(port)", "http://127.0.0.1.evil.example"] {
                let response = try await LoopbackClient.get(port: port, "/_sitegen/events",
                                                            headers: ["Host: 127.0.0.1:\(port)", "Origin: \(origin)"], seconds: 5)
                #expect(response.status == 403, "Origin: \(origin) answered \(response.status)")
            }
            for origin in ["http://127.0.0.1:\(port)", "http://localhost:\(port)"] {
                let response = try await LoopbackClient.get(port: port, "/_sitegen/events",
                                                            headers: ["Host: 127.0.0.1:\(port)", "Origin: \(origin)"], seconds: 2)
                #expect(response.status == 200, "Origin: \(origin)")
                #expect(response.body.contains("event: hello"))
            }
        }
    }
}
