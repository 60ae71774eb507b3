import Foundation
import NIOCore

/// The open event streams (`/_sitegen/events`) of the pages in the browser, and what they are
/// told: a new build (`reload`) or a failed one (`build-error`).
public actor EventHub {
    private var streams: [UUID: AsyncStream<ByteBuffer>.Continuation] = [:]
    private var closed = false

    public init() {}

    public var count: Int { streams.count }

    /// A new stream whose first event is `first` (the `hello` with the current state).
    func subscribe(first: String) -> AsyncStream<ByteBuffer> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(64))
        continuation.yield(ByteBuffer(string: first))
        if closed {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        streams[id] = continuation
        return stream
    }

    private func remove(_ id: UUID) { streams[id] = nil }

    /// Sends one server-sent event to every open stream.
    func send(_ event: String) {
        for continuation in streams.values { continuation.yield(ByteBuffer(string: event)) }
    }

    /// Ends every stream: the server is stopping, and open streams would keep it waiting.
    func closeAll() {
        closed = true
        for continuation in streams.values { continuation.finish() }
        streams = [:]
    }

    /// `event: NAME` and `data: …` lines, one per line of `data`, ending in a blank line.
    static func format(event: String, data: String) -> String {
        "event: \(event)\n" + data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined() + "\n"
    }
}
