/// xoshiro256** (Blackman & Vigna): the engine's seeded generator for initialisation and dropout.
///
/// Every sample is computed from integers with fixed arithmetic, so a seed gives the same
/// numbers on every machine. The engine never uses `SystemRandomNumberGenerator`.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator whose 256-bit state is expanded from `seed` with SplitMix64.
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotl(s.1 &* 5, 7) &* 9
        let t = s.1 << 17
        s.2 ^= s.0
        s.3 ^= s.1
        s.1 ^= s.2
        s.0 ^= s.3
        s.2 ^= t
        s.3 = rotl(s.3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in [lower, upper).
    public mutating func nextUniform(in lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * nextUniform()
    }

    /// A standard normal sample by the Box–Muller transform (one sample per call, the
    /// cosine branch; the sine branch is discarded so the stream stays simple to reproduce).
    public mutating func nextNormal() -> Double {
        let u1 = 1.0 - nextUniform()          // (0, 1], avoids log(0)
        let u2 = nextUniform()
        return (-2.0 * _log(u1)).squareRoot() * _cos(2.0 * Double.pi * u2)
    }
}
