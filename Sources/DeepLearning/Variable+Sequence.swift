/// Batches of sequences [N, T, d] taken apart into their steps and put back together.
extension Variable {
    /// The T steps of a batch of sequences [N, T, d], each [N, d].
    public var timeSteps: [Variable] {
        precondition(shape.count == 3, "timeSteps: \(shape) is not a batch of sequences [N, T, d]")
        let (n, d) = (shape[0], shape[2])
        return (0..<shape[1]).map { slice(axis: 1, $0..<($0 + 1)).reshaped([n, d]) }
    }

    /// Steps [N, h] stacked as a batch of sequences [N, T, h].
    public static func stacking(steps: [Variable]) -> Variable {
        let parts = steps.map { $0.reshaped([$0.shape[0], 1, $0.shape[1]]) }
        return parts.count == 1 ? parts[0] : concatenate(parts, axis: 1)
    }

    /// The samples of a batch [N, …], each without the batch axis.
    public var samples: [Variable] {
        let rest = Array(shape.dropFirst())
        return (0..<shape[0]).map { slice(axis: 0, $0..<($0 + 1)).reshaped(rest) }
    }

    /// Samples stacked along a new batch axis.
    public static func batching(_ samples: [Variable]) -> Variable {
        let parts = samples.map { $0.reshaped([1] + $0.shape) }
        return parts.count == 1 ? parts[0] : concatenate(parts, axis: 0)
    }
}
