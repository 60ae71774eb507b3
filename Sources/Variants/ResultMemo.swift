import Foundation

/// Results of a pure, deterministic function kept by its exact input, shared by every variant and
/// thread: the same input gives the same bits whether computed or remembered. At most `limit`
/// results are kept (it starts over when full), so no input can make it grow without bound.
///
/// A key is hashed before the lock is taken: a Markdown text or a formula is long, and hashing
/// it inside the lock made the other core wait for it.
public final class ResultMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // Safe: `values` is only touched while holding `lock`.
    private var values: [Hashed: Value] = [:]
    private let lock = NSLock()
    private let limit: Int

    public init(limit: Int) { self.limit = limit }

    public func value(for key: Key, _ make: () -> Value) -> Value {
        let hashed = Hashed(key: key, hash: key.hashValue)
        if let known = lock.withLock({ values[hashed] }) { return known }
        let made = make()
        lock.withLock {
            if values.count >= limit { values = [:] }
            values[hashed] = made
        }
        return made
    }

    /// A key with its hash, which the dictionary then only mixes.
    private struct Hashed: Hashable {
        var key: Key
        var hash: Int

        static func == (a: Hashed, b: Hashed) -> Bool { a.hash == b.hash && a.key == b.key }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }
}

/// A text as a memo's key: equal to another only byte for byte. Swift's own `==` on strings is
/// canonical equivalence, so `é` and `e` with a combining accent are one key, and a memo keyed by
/// `String` would hand the HTML of whichever spelling came first to the other: output that
/// depended on which thread got there first. Hashing bytes also skips Unicode normalisation.
public struct ExactText: Hashable, Sendable {
    public var text: String

    public init(_ text: String) { self.text = text }

    public static func == (a: ExactText, b: ExactText) -> Bool {
        var a = a.text, b = b.text
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
