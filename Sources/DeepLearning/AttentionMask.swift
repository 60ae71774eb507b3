/// Which keys each query may attend to: `allowed[i][j]` for query i and key j. A blocked pair
/// gets the score −∞, so its attention weight is exactly 0.
public struct AttentionMask: Sendable, Equatable {
    public var allowed: [[Bool]]

    public init(allowed: [[Bool]]) { self.allowed = allowed }

    /// Every query attends to every key.
    public static func none(queries: Int, keys: Int) -> AttentionMask {
        AttentionMask(allowed: Array(repeating: Array(repeating: true, count: keys), count: queries))
    }

    /// Query i attends to keys 0 … i (a decoder's self-attention).
    public static func causal(queries: Int, keys: Int) -> AttentionMask {
        AttentionMask(allowed: (0..<queries).map { i in (0..<keys).map { $0 <= i } })
    }

    /// Every query attends only to the keys that are not padding.
    public static func padding(queries: Int, validKeys: [Bool]) -> AttentionMask {
        AttentionMask(allowed: Array(repeating: validKeys, count: queries))
    }

    /// Allowed where both masks allow.
    public func intersection(_ other: AttentionMask) -> AttentionMask {
        AttentionMask(allowed: zip(allowed, other.allowed).map { zip($0, $1).map { $0 && $1 } })
    }

    /// The first query that may attend to no key at all (its weights would be 0/0), if any.
    public var emptyRow: Int? { allowed.firstIndex { !$0.contains(true) } }

    /// 0 where allowed, −∞ where blocked: added to the scores before the softmax.
    public var additive: Tensor {
        Tensor(shape: [allowed.count, allowed.first?.count ?? 0],
               scalars: allowed.flatMap { $0.map { $0 ? 0 : -Double.infinity } })
    }
}
