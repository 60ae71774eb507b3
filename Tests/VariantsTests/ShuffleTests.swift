import DeepLearning
import Testing
@testable import Variants

/// The shuffle behind every printed variant is the project's own: these permutations of a fixed
/// seed are pinned, so no toolchain upgrade can reorder the pools, exercises or parts of an exam
/// that was already printed.
struct ShuffleTests {
    @Test func firstPermutationsOfAFixedSeedArePinned() {
        var rng = Xoshiro256StarStar(seed: 20_260_120)
        let permutations = (0..<4).map { _ in Shuffle.shuffled(Array(0..<8), using: &rng) }
        #expect(permutations == [
            [7, 0, 5, 2, 6, 3, 1, 4], [5, 2, 4, 6, 0, 7, 1, 3], [1, 5, 7, 6, 2, 0, 4, 3], [0, 6, 4, 2, 7, 3, 5, 1],
        ])
        #expect(Shuffle.shuffled([Int](), using: &rng) == [])
        #expect(Shuffle.shuffled([7], using: &rng) == [7])
    }

    @Test func everyPositionIsReachedUniformly() {
        var rng = Xoshiro256StarStar(seed: 1)
        var counts = Array(repeating: Array(repeating: 0, count: 4), count: 4)
        for _ in 0..<40_000 {
            for (position, item) in Shuffle.shuffled(Array(0..<4), using: &rng).enumerated() { counts[item][position] += 1 }
        }
        // 10,000 expected per cell; 4.5 standard deviations is about ±390.
        #expect(counts.joined().allSatisfy { abs($0 - 10_000) < 400 }, "\(counts)")
    }

    @Test func uniformBelowStaysBelowTheBound() {
        var rng = Xoshiro256StarStar(seed: 2)
        for bound in [1, 2, 3, 7, 1 << 40, UInt64.max] as [UInt64] {
            for _ in 0..<100 { #expect(Shuffle.uniform(below: bound, using: &rng) < bound) }
        }
    }
}
