import Foundation

extension Array where Element: Sendable {
    /// `map` run on every core, for work that waits on nothing but the processor and the disk
    /// (reading and parsing files, stamping them, formatting records), from code that is not
    /// async: each result goes to its own slot, and the slots are read in order once all are done.
    public func mapOnAllCores<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        // Safe: each iteration writes its own slot, and all of them end before the slots are read.
        nonisolated(unsafe) let results = slots
        DispatchQueue.concurrentPerform(iterations: count) { index in results[index] = transform(self[index]) }
        return slots.map { $0! }
    }
}
