import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare HTTP/1.1 client on 127.0.0.1 that sends the request target exactly as given (no
/// normalisation of `..` or percent-escapes, unlike URLSession), with a time limit on every read.
final class LoopbackConnection {
    let socket: Int32
    private var buffer = Data()

    init(port: Int, timeout: Double = 5) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure("socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(socket); throw Failure("connect() to 127.0.0.1:\(port) failed") }
        setTimeout(timeout)
    }

    deinit { close(socket) }

    func setTimeout(_ seconds: Double) {
        var limit = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1e6))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure("send() failed") }
            sent += n
        }
    }

    /// Reads until `done` says the bytes so far are enough, the peer closes, or `deadline` passes.
    func read(until deadline: ContinuousClock.Instant, _ done: (Data) -> Bool) -> Data {
        var chunk = [UInt8](repeating: 0, count: 16384)
        while !done(buffer), ContinuousClock.now < deadline {
            let n = recv(socket, &chunk, chunk.count, 0)
            if n > 0 { buffer.append(contentsOf: chunk[0..<n]) } else if n == 0 { break }
            // n < 0: the read timed out; try again until the deadline.
        }
        return buffer
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

struct HTTPResult: Sendable {
    var status: Int
    var headers: String
    var body: String
}

/// Runs blocking socket I/O on a thread of its own, so that waiting for the server never holds one
/// of Swift concurrency's few shared threads, which the server needs to answer (on a 2-core CI
/// machine there are two, and other test suites may be using them).
func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try body() }) }
        thread.start()
    }
}

enum LoopbackClient {
    /// One request with `Connection: close`; the target is sent byte for byte. `headers` replace
    /// the default `Host: 127.0.0.1:port` line (an empty list sends no `Host`).
    static func get(port: Int, _ target: String, headers: [String]? = nil, seconds: Double = 60) async throws -> HTTPResult {
        try await offThePool { try blockingGet(port: port, target, headers: headers, seconds: seconds) }
    }

    static func blockingGet(port: Int, _ target: String, headers: [String]?, seconds: Double) throws -> HTTPResult {
        let connection = try LoopbackConnection(port: port)
        let lines = (headers ?? ["Host: 127.0.0.1:\(port)"]).map { $0 + "\r\n" }.joined()
        try connection.send("GET \(target) HTTP/1.1\r\n\(lines)Connection: close\r\n\r\n")
        let data = connection.read(until: .now + .seconds(seconds)) { _ in false }
        return try parse(data)
    }

    static func parse(_ data: Data) throws -> HTTPResult {
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw LoopbackConnection.Failure("no complete response: \(text.prefix(200))") }
        let head = String(text[..<split.lowerBound])
        let parts = head.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { throw LoopbackConnection.Failure("bad status line: \(head.prefix(80))") }
        var body = String(text[split.upperBound...])
        if head.lowercased().contains("transfer-encoding: chunked") { body = dechunk(body) }
        return HTTPResult(status: status, headers: head, body: body)
    }

    static func dechunk(_ text: String) -> String {
        var rest = Substring(text), out = ""
        while let line = rest.range(of: "\r\n"), let size = Int(rest[..<line.lowerBound], radix: 16), size > 0 {
            let start = line.upperBound
            let bytes = Array(rest[start...].utf8)
            out += String(decoding: bytes.prefix(size), as: UTF8.self)
            rest = Substring(String(decoding: bytes.dropFirst(size + 2), as: UTF8.self))
        }
        return out
    }
}

/// The event stream of a served page, read as the browser's EventSource would.
final class EventStream: @unchecked Sendable {
    // Unchecked: one test reads its stream, one call at a time.
    let connection: LoopbackConnection
    private var consumed = 0

    init(port: Int) throws {
        connection = try LoopbackConnection(port: port, timeout: 0.2)
        try connection.send("GET /_sitegen/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
    }

    /// Waits at most `seconds` for the next event named `name`; returns its data lines.
    func next(_ name: String, within seconds: Double) async throws -> String? {
        try await offThePool { self.blockingNext(name, within: seconds) }
    }

    func blockingNext(_ name: String, within seconds: Double) -> String? {
        var found: String?
        _ = connection.read(until: .now + .seconds(seconds)) { data in
            let text = String(decoding: data, as: UTF8.self)
            guard let range = text.range(of: "event: \(name)\n", range: text.index(text.startIndex, offsetBy: min(consumed, text.count))..<text.endIndex),
                  let end = text.range(of: "\n\n", range: range.upperBound..<text.endIndex) else { return false }
            found = String(text[range.upperBound..<end.lowerBound])
            consumed = text.distance(from: text.startIndex, to: end.upperBound)
            return true
        }
        return found
    }
}
