/// A lookup table E [V, d]: token ids to rows. The lookup is the product of one-hot rows with E,
/// so the gradient of a row is the sum of the gradients of the positions that read it.
public struct Embedding {
    public let table: Variable

    public init(table: Variable) {
        precondition(table.shape.count == 2, "Embedding: the table must be [V, d], got \(table.shape)")
        self.table = table
    }

    public var vocabulary: Int { table.shape[0] }

    /// The rows of `ids` [T, d].
    public func callAsFunction(_ ids: [Int]) -> Variable {
        Variable(Loss.oneHot(ids, like: [ids.count, vocabulary])).matmul(table)
    }
}
