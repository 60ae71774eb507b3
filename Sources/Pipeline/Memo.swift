import Foundation

/// Results of a pure rendering function kept by input, shared by every page of a build: the same
/// formula or figure spec in thirty variants is converted once.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // Safe: the dictionary is only touched while holding `lock`.
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    func value(for key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] { lock.unlock(); return known }
        lock.unlock()
        let made = make()
        lock.lock()
        values[key] = made
        lock.unlock()
        return made
    }
}
