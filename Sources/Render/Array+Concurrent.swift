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

    /// Runs `body` on every element, one task per core taking every n-th element, and keeps
    /// nothing: for work whose result goes elsewhere (a page rendered and written). The first
    /// error stops the others.
    public func concurrentForEach(_ body: @escaping @Sendable (Element) throws -> Void) async throws {
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<workers {
                group.addTask {
                    for index in stride(from: worker, to: count, by: workers) {
                        try Task.checkCancellation()
                        try body(self[index])
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
