import DeepLearning

/// Reads matrices and vectors of given sizes from a computation's arguments, as the engine's
/// tensors, and turns the engine's results back into values. A size that does not fit is an
/// error at the key, naming both sizes, before the engine sees it.
struct TensorArguments {
    var arguments: Arguments

    /// A matrix [rows, columns]; a vector is one row, a number a 1×1 matrix. `rows` or
    /// `columns` nil accepts any.
    func matrix(_ key: String, rows: Int? = nil, columns: Int? = nil, _ what: String) throws(EvaluationError) -> Tensor {
        let m = try arguments.matrix(key)
        let (r, c) = (m.count, m.first?.count ?? 0)
        guard r >= 1, c >= 1 else { throw arguments.error(key, "`\(key)` needs at least one entry") }
        if let rows, r != rows || columns.map({ $0 != c }) ?? false {
            throw arguments.error(key, "`\(key)` is \(r)×\(c), but \(what) needs \(rows)×\(columns.map(String.init) ?? "n")")
        }
        if let columns, c != columns {
            throw arguments.error(key, "`\(key)` is \(r)×\(c), but \(what) needs \(columns) columns")
        }
        return Tensor(m)
    }

    /// A vector of `length` entries (a number is a vector of one), or `fallback` when the key is absent.
    func vector(_ key: String, length: Int, _ what: String, default fallback: Double? = nil) throws(EvaluationError) -> Tensor {
        if !arguments.has(key), let fallback { return Tensor(shape: [length], repeating: fallback) }
        let v = try arguments.vector(key)
        guard v.count == length else {
            throw arguments.error(key, "`\(key)` has \(v.count) entries, but \(what) needs \(length)")
        }
        return Tensor(v)
    }

    /// A tensor of `shape`, written as a vector of all its numbers in row-major order, or as a
    /// matrix whose rows run along the last axis with the leading axes stacked ([2, 3, 3]
    /// filters as a 6×3 matrix: the first filter's three rows, then the second's).
    func tensor(_ key: String, shape: [Int], _ what: String) throws(EvaluationError) -> Tensor {
        let value = try arguments.value(key)
        let count = shape.reduce(1, *)
        let described = LayerRecipes.describe(shape)
        guard let numbers = value.numbers, value.text == nil, numbers.count == count else {
            throw arguments.error(key, "`\(key)` has \(value.numbers?.count ?? 0) numbers, but \(what) \(described) needs \(count)")
        }
        if case .matrix(let rows) = value, rows.count > 1, rows[0].count != shape.last {
            throw arguments.error(key, "`\(key)` has rows of \(rows[0].count), but \(what) \(described) is written with rows of \(shape.last ?? 1) (its last axis)")
        }
        return Tensor(shape: shape, scalars: numbers)
    }

    /// ∂L/∂output, `upstream:` of the output's shape, or ones (L = the sum of the output).
    func upstream(like output: Tensor) throws(EvaluationError) -> Tensor {
        guard arguments.has("upstream") else { return .ones(output.shape) }
        let numbers = try arguments.value("upstream").numbers ?? []
        guard numbers.count == output.count else {
            throw arguments.error("upstream", "`upstream` has \(numbers.count) entries, but the output it is the gradient of has \(output.count) (\(output.shape.map(String.init).joined(separator: "×")))")
        }
        return Tensor(shape: output.shape, scalars: numbers)
    }

    /// The gradient, with respect to the leaf named by `wrt:`, of L = Σ upstream ⊙ output.
    func gradient(of output: Variable, leaves: [String: Variable]) throws(EvaluationError) -> Value {
        let target = try arguments.word("wrt")
        guard let leaf = leaves[target] else {
            throw arguments.error("wrt", "`wrt: \(target)` is not one of \(leaves.keys.sorted().map { "`\($0)`" }.joined(separator: ", "))")
        }
        output.backward(seed: try upstream(like: output.value))
        return Self.value(leaf.grad ?? .zeros(leaf.shape))
    }

    /// A rank-2 tensor as a matrix, a rank-1 one as a vector, a rank-0 one as a number, and a
    /// tensor of higher rank as a matrix of its last axis' rows, the leading axes stacked (an
    /// image [C, H, W] is C·H rows of W: the first channel's rows, then the next's).
    static func value(_ t: Tensor) -> Value {
        switch t.rank {
        case 0: .number(t.scalars[0])
        case 1: .vector(t.scalars)
        case 2: ModelComputations.matrix(t)
        default: ModelComputations.matrix(t.reshaped([-1, t.shape[t.rank - 1]]))
        }
    }

    /// One value per example of a batch [N, …]: the example alone when N is 1 (a vector for a
    /// vector, or for a number), else the whole batch.
    static func example(_ t: Tensor) -> Value {
        guard t.shape.first == 1 else { return value(t) }
        return t.rank <= 2 ? .vector(t.scalars) : value(t.reshaped(Array(t.shape.dropFirst())))
    }

    /// An error when a tensor of `shape` would hold more numbers than the limit.
    func checkSize(_ shape: [Int], _ what: String) throws(EvaluationError) {
        try LayerRecipes.checkSize(shape, what, arguments)
    }
}
