/// An n-dimensional array of `Double`, stored contiguously in row-major order.
///
/// `Tensor` is a plain value: copying is cheap (copy-on-write storage) and it is `Sendable`.
/// Automatic differentiation lives one level up, in ``Variable``.
public struct Tensor: Sendable, Equatable, CustomStringConvertible {
    /// The extent of each axis; `[]` is a scalar.
    public private(set) var shape: [Int]
    /// The elements in row-major order.
    public var scalars: [Double]

    /// Creates a tensor from a shape and its row-major elements.
    public init(shape: [Int], scalars: [Double]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor: negative extent in shape \(shape)")
        let count = shape.reduce(1, *)
        precondition(count == scalars.count,
                     "Tensor: shape \(shape) needs \(count) scalars, got \(scalars.count)")
        self.shape = shape
        self.scalars = scalars
    }

    /// Creates a tensor of the given shape filled with one value.
    public init(shape: [Int], repeating value: Double) {
        self.init(shape: shape, scalars: Array(repeating: value, count: shape.reduce(1, *)))
    }

    /// A rank-0 tensor holding `value`.
    public init(_ value: Double) { self.init(shape: [], scalars: [value]) }

    /// A rank-1 tensor.
    public init(_ vector: [Double]) { self.init(shape: [vector.count], scalars: vector) }

    /// A rank-2 tensor from its rows; all rows must have the same length.
    public init(_ rows: [[Double]]) {
        let columns = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == columns },
                     "Tensor: ragged rows \(rows.map(\.count))")
        self.init(shape: [rows.count, columns], scalars: rows.flatMap { $0 })
    }

    /// All zeros.
    public static func zeros(_ shape: [Int]) -> Tensor { Tensor(shape: shape, repeating: 0) }
    /// All ones.
    public static func ones(_ shape: [Int]) -> Tensor { Tensor(shape: shape, repeating: 1) }

    /// The number of axes.
    public var rank: Int { shape.count }
    /// The number of elements.
    public var count: Int { scalars.count }

    /// Row-major strides (in elements) of each axis.
    public var strides: [Int] { Tensor.strides(for: shape) }

    /// Row-major strides for a shape.
    public static func strides(for shape: [Int]) -> [Int] {
        var strides = Array(repeating: 1, count: shape.count)
        var running = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = running
            running *= shape[axis]
        }
        return strides
    }

    /// The single element of a one-element tensor.
    public var scalar: Double {
        precondition(count == 1, "Tensor.scalar: shape \(shape) has \(count) elements, not 1")
        return scalars[0]
    }

    /// Element access by one index per axis.
    public subscript(indices: Int...) -> Double {
        get { scalars[offset(of: indices)] }
        set { scalars[offset(of: indices)] = newValue }
    }

    /// The linear offset of a multi-index.
    public func offset(of indices: [Int]) -> Int {
        precondition(indices.count == shape.count,
                     "Tensor: \(indices.count) indices for shape \(shape)")
        var offset = 0
        for (axis, index) in indices.enumerated() {
            precondition(index >= 0 && index < shape[axis],
                         "Tensor: index \(indices) out of bounds for shape \(shape)")
            offset = offset * shape[axis] + index
        }
        return offset
    }

    /// The same elements viewed with another shape; one extent may be `-1` (inferred).
    public func reshaped(_ newShape: [Int]) -> Tensor {
        var resolved = newShape
        if let hole = newShape.firstIndex(of: -1) {
            let known = newShape.enumerated().filter { $0.offset != hole }.map(\.element).reduce(1, *)
            precondition(known > 0 && count % known == 0,
                         "reshape: cannot infer -1 in \(newShape) from shape \(shape)")
            resolved[hole] = count / known
        }
        precondition(resolved.reduce(1, *) == count,
                     "reshape: shape \(shape) (\(count) elements) cannot become \(newShape)")
        return Tensor(shape: resolved, scalars: scalars)
    }

    /// Elementwise transform.
    public func map(_ transform: (Double) -> Double) -> Tensor {
        Tensor(shape: shape, scalars: scalars.map(transform))
    }

    public var description: String { "Tensor(shape: \(shape), scalars: \(scalars))" }
}
