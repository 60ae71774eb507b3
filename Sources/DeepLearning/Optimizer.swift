/// Updates parameters from their gradients.
public protocol Optimizer {
    /// The parameters this optimiser updates.
    var parameters: [Parameter] { get }
    /// The step size of the next update (a schedule changes it between steps).
    var learningRate: Double { get set }
    /// Applies one update using the current gradients.
    mutating func step()
}

extension Optimizer {
    /// Clears every parameter's gradient.
    public func zeroGrad() { for p in parameters { p.variable.zeroGrad() } }

    /// The training loop: `steps` times zero the gradients, evaluate `loss`, back-propagate and
    /// step. Returns the loss curve (the loss before each update).
    public mutating func minimize(steps: Int, schedule: LearningRateSchedule? = nil, loss: () -> Variable) -> [Double] {
        minimize(steps: steps, schedule: schedule, loss: loss, afterStep: { _ in })
    }

    /// The training loop, calling `afterStep` with the step's number (from 0) after each update.
    public mutating func minimize(steps: Int, schedule: LearningRateSchedule? = nil, loss: () -> Variable,
                                  afterStep: (Int) -> Void) -> [Double] {
        var curve: [Double] = []
        curve.reserveCapacity(steps)
        for t in 0..<steps {
            if let schedule { learningRate = schedule.rate(atStep: t) }
            zeroGrad()
            let l = loss()
            l.backward()
            curve.append(l.value.scalar)
            step()
            afterStep(t)
        }
        return curve
    }

    /// The training loop of `minimize(steps:loss:)` for a problem whose optimum is a stationary
    /// point: it stops before the first update at which no gradient is larger than `tolerance`
    /// in size, after at most `steps` updates. The curve has one loss more than the updates made.
    public mutating func minimize(steps: Int, gradientTolerance tolerance: Double, loss: () -> Variable) -> [Double] {
        var curve: [Double] = []
        for _ in 0...steps {
            zeroGrad()
            let l = loss()
            l.backward()
            curve.append(l.value.scalar)
            let stationary = parameters.allSatisfy { ($0.variable.grad?.scalars ?? []).allSatisfy { abs($0) <= tolerance } }
            guard !stationary, curve.count <= steps else { break }
            step()
        }
        return curve
    }
}

/// The gradient with L2 weight decay folded in: g + λ·w.
@inline(__always) func decayed(_ p: Parameter, _ weightDecay: Double) -> [Double] {
    let g = p.variable.grad?.scalars ?? [Double](repeating: 0, count: p.count)
    guard weightDecay != 0 else { return g }
    var out = g
    let w = p.variable.value.scalars
    for i in 0..<out.count { out[i] += weightDecay * w[i] }
    return out
}
