import Foundation

/// Results of a pure, deterministic function kept by its exact input, shared by every variant and
/// thread: the same input gives the same bits whether computed or remembered. At most `limit`
/// results are kept (it starts over when full), so no input can make it grow without bound.
public final class ResultMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // Safe: `values` is only touched while holding `lock`.
    private var values: [Key: Value] = [:]
    private let lock = NSLock()
    private let limit: Int

    public init(limit: Int) { self.limit = limit }

    public func value(for key: Key, _ make: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let made = make()
        lock.withLock {
            if values.count >= limit { values = [:] }
            values[key] = made
        }
        return made
    }
}
