/// A lookup table E [V, d]: token ids to rows. The lookup is the product of one-hot rows with E,
/// so the gradient of a row is the sum of the gradients of the positions that read it.
public struct Embedding: Layer {
    public let table: Variable

    public init(table: Variable) {
        precondition(table.shape.count == 2, "Embedding: the table must be [V, d], got \(table.shape)")
        self.table = table
    }

    public var vocabulary: Int { table.shape[0] }
    public var width: Int { table.shape[1] }

    /// The rows of `ids` [T, d].
    public func callAsFunction(_ ids: [Int]) -> Variable {
        precondition(ids.allSatisfy { (0..<vocabulary).contains($0) }, "Embedding: an id is not a row of the \(vocabulary)-token table")
        return Variable(Loss.oneHot(ids, like: [ids.count, vocabulary])).matmul(table)
    }

    /// Token ids held as numbers, [N, T], to their rows [N, T, d]; ids have no gradient.
    public func callAsFunction(_ x: Variable) -> Variable {
        precondition(x.shape.count == 2, "Embedding: ids \(x.shape) are not [N, T]")
        return self(x.value.scalars.map { Int($0) }).reshaped(x.shape + [width])
    }

    public var parameters: [Parameter] { [Parameter("table", table)] }

    public func outputShape(for s: [Int]) -> [Int] { s + [width] }

    public var summary: String { "Embedding(\(vocabulary)→\(width))" }
}
