/// A node of the autodiff graph: a value, its gradient, and how to push a gradient to its inputs.
///
/// Leaves (parameters and inputs) are created with ``init(_:requiresGrad:name:)``; every op
/// returns a new node that remembers its inputs and a closure holding the local backward rule
/// written beside the forward computation (micrograd style). ``backward(seed:)`` sorts the graph
/// topologically and runs those closures from the output back.
///
/// `Variable` is a class (nodes are shared by identity) and deliberately not `Sendable`:
/// a graph is built and differentiated on one thread.
public final class Variable {
    /// The forward value.
    public var value: Tensor
    /// ∂(output)/∂(this node) after ``backward(seed:)``; leaves accumulate across calls.
    public var grad: Tensor?
    /// Whether gradients flow to (and through) this node.
    public let requiresGrad: Bool
    /// An optional name (parameters are named by their modules).
    public var name: String?

    // Graph edges: two fixed slots (almost every op is unary or binary) plus an overflow array,
    // so building a node costs no array allocation.
    let lhs: Variable?
    let rhs: Variable?
    let extra: [Variable]
    let pullback: ((Tensor) -> Void)?
    var mark = false

    /// Creates a leaf.
    public init(_ value: Tensor, requiresGrad: Bool = false, name: String? = nil) {
        self.value = value
        self.requiresGrad = requiresGrad
        self.name = name
        lhs = nil; rhs = nil; extra = []; pullback = nil
    }

    /// Creates an op result. `pullback` receives this node's gradient and accumulates into inputs.
    /// It is dropped when no input needs a gradient or inside ``withNoGrad(_:)``.
    init(_ value: Tensor, _ a: Variable, _ b: Variable? = nil, extra: [Variable] = [],
         pullback: @escaping (Tensor) -> Void) {
        self.value = value
        let needs = GradientMode.isEnabled
            && (a.requiresGrad || (b?.requiresGrad ?? false) || extra.contains { $0.requiresGrad })
        requiresGrad = needs
        name = nil
        lhs = needs ? a : nil
        rhs = needs ? b : nil
        self.extra = needs ? extra : []
        self.pullback = needs ? pullback : nil
    }

    /// The shape of ``value``.
    public var shape: [Int] { value.shape }

    /// Whether this node is a leaf (not produced by an op that records gradients).
    public var isLeaf: Bool { pullback == nil }

    /// Adds `g` into ``grad`` (no-op for nodes that do not require gradients).
    @inline(__always) func accumulate(_ g: Tensor) {
        guard requiresGrad else { return }
        if grad == nil { grad = g } else { grad! += g }
    }

    /// A leaf holding the same value, cut off from the graph.
    public func detached() -> Variable { Variable(value) }

    /// Nodes that require gradients, inputs before the nodes that use them.
    func topologicalOrder() -> [Variable] {
        var order: [Variable] = []
        var stack: [(Variable, Int)] = [(self, 0)]
        mark = true
        while let (node, i) = stack.last {
            let next: Variable? = i == 0 ? node.lhs : i == 1 ? node.rhs
                : (i - 2 < node.extra.count ? node.extra[i - 2] : nil)
            if i < 2 + node.extra.count {
                stack[stack.count - 1].1 = i + 1
                if let p = next, p.requiresGrad, !p.mark {
                    p.mark = true
                    stack.append((p, 0))
                }
            } else {
                order.append(node)
                stack.removeLast()
            }
        }
        for node in order { node.mark = false }
        return order
    }

    /// Back-propagates from this node.
    ///
    /// `seed` is ∂L/∂(this node); it defaults to 1 and may be omitted only for one-element
    /// outputs. Interior gradients are recomputed on every call; leaf gradients accumulate
    /// (zero them between training steps).
    public func backward(seed: Tensor? = nil) {
        guard requiresGrad else { return }
        let seed = seed ?? {
            precondition(value.count == 1,
                         "backward(): output of shape \(value.shape) is not a scalar; pass a seed")
            return Tensor(shape: value.shape, repeating: 1)
        }()
        precondition(seed.shape == value.shape,
                     "backward(seed:): seed shape \(seed.shape) differs from output shape \(value.shape)")
        let order = topologicalOrder()
        for node in order where !node.isLeaf { node.grad = nil }
        accumulate(seed)
        for node in order.reversed() {
            if let pullback = node.pullback, let g = node.grad { pullback(g) }
        }
    }

    /// Clears ``grad``.
    public func zeroGrad() { grad = nil }
}

extension Variable: CustomStringConvertible {
    public var description: String {
        "Variable(\(name.map { "\($0), " } ?? "")shape: \(shape), value: \(value.scalars))"
    }
}
