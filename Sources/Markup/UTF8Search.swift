extension UnsafeBufferPointer<UInt8> {
    /// Where `pattern` first occurs at or after `start`, byte by byte.
    func firstIndex(of pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= count else { return nil }
        var index = start
        while index + pattern.count <= count {
            guard let found = self[index...(count - pattern.count)].firstIndex(of: first) else { return nil }
            if pattern.indices.allSatisfy({ self[found + $0] == pattern[$0] }) { return found }
            index = found + 1
        }
        return nil
    }

    /// Whether the bytes at `index` are `pattern`.
    func has(_ pattern: [UInt8], at index: Int) -> Bool {
        index >= 0 && index + pattern.count <= count && pattern.indices.allSatisfy { self[index + $0] == pattern[$0] }
    }
}
