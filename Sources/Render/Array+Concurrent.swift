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
}
