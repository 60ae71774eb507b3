import DeepLearning

/// The one shuffle behind every printed variant (pools, exercise order, parts, and choice options
/// to come): Fisher–Yates on the project's seeded generator, owned here so that a toolchain
/// upgrade cannot change variant A of an exam already printed.
///
/// It draws exactly as the Swift 6 standard library's `shuffle(using:)` does today — swap
/// position i with i + r, r uniform below the count left, by Lemire's multiply-and-reject — so
/// the variants made before it existed are unchanged. `ShuffleTests` pins its permutations.
enum Shuffle {
    static func shuffled<Element>(_ items: [Element], using rng: inout Xoshiro256StarStar) -> [Element] {
        var items = items
        var remaining = items.count
        var position = 0
        while remaining > 1 {
            let offset = Int(uniform(below: UInt64(remaining), using: &rng))
            remaining -= 1
            items.swapAt(position, position + offset)
            position += 1
        }
        return items
    }

    /// A number in 0 ..< bound without modulo bias: the high word of random × bound, drawing again
    /// while the low word falls in the biased sliver (Lemire, 2019).
    static func uniform(below bound: UInt64, using rng: inout Xoshiro256StarStar) -> UInt64 {
        var product = rng.next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = rng.next().multipliedFullWidth(by: bound) }
        }
        return product.high
    }
}
