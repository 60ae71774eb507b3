import Foundation

extension Array where Element: Sendable {
    /// `map` run on all cores, keeping the order of the input.
    public func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        await withTaskGroup(of: (Int, T).self) { group in
            for (index, element) in enumerated() {
                group.addTask { (index, transform(element)) }
            }
            var results = [T?](repeating: nil, count: count)
            for await (index, value) in group { results[index] = value }
            return results.map { $0! }
        }
    }

    /// Runs `body` on every element, one task per core, each taking the next element not yet
    /// taken, and keeps nothing: for work whose result goes elsewhere (a page rendered and
    /// written). Taken in turn rather than every n-th to each task: when another task of the
    /// build (the search index) held a core for a while, or a stretch of pages was slow (the
    /// topic pages), one task went on alone at the end while the other core had nothing left.
    /// The first error stops the others.
    public func concurrentForEach(_ body: @escaping @Sendable (Element) throws -> Void) async throws {
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count))
        let next = NextIndex()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    while let index = next.take(below: count) {
                        try Task.checkCancellation()
                        try body(self[index])
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}

/// The next index to work on, handed out once each to the tasks of `concurrentForEach`.
private final class NextIndex: @unchecked Sendable {
    // Safe: `value` is only touched while holding `lock`.
    private let lock = NSLock()
    private var value = 0

    func take(below end: Int) -> Int? {
        lock.withLock {
            guard value < end else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
